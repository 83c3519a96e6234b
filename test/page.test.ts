import { describe, expect, it } from 'vitest';
import { decodePage, looksLikeHtml } from '../src/add/charset.js';
import { readPage } from '../src/add/page.js';
import { articleText } from '../src/add/page-source.js';
import { cleanArticle } from '../src/text/clean.js';
import { fixtureArticle } from './helpers/articles.js';
import { pageBytes } from './helpers/page-server.js';

/** What kutip reads from a saved page: its paragraphs, and after cleaning (`cleaned`, `all`) as the loader will see them. */
function read(name: string) {
  const decoded = decodePage(pageBytes(name), { html: true });
  const page = readPage(decoded.text);
  if (page === undefined) throw new Error(`${name}: no article`);
  const cleaned = cleanArticle(articleText(page.paragraphs)).paragraphs;
  return { ...page, encoding: decoded.encoding, cleaned, all: cleaned.join('\n') };
}

const paragraphsOf = (fixture: string): string[] => fixtureArticle(fixture).paragraphs.map((p) => p.text);

describe('reading a saved page', () => {
  it.each([
    ['tempo-modern.html', 'tempo-2024-11-02-korut-rusia.txt'],
    ['tempo-old-windows-1252.html', 'tempo-2024-11-02-korut-rusia.txt'],
    ['antara-amp.html', 'antara-2017-08-26-jepang-sanksi-korut.txt'],
    ['cnnindonesia-detail.html', 'cnnindonesia-2017-03-06-ekonomi-china.txt'],
    ['rimanews-plain.html', 'rimanews-2017-04-18-pilkada-dki.txt'],
    ['en-harbour-latin1.html', 'en-harbour-strike.txt'],
  ])('%s gives exactly the paragraphs of the article (%s), word for word', (page, fixture) => {
    expect(read(page).cleaned).toEqual(paragraphsOf(fixture));
  });

  it('leaves out what the site put around the article: navigation, ads, banners, boxes, comments, scripts', () => {
    const { all } = read('tempo-modern.html');
    for (const furniture of [
      'cookie', 'Nasional', 'Cari berita', 'ADVERTISEMENT', 'Artikel Terkait', 'Korea Selatan Kirim Utusan', 'NATO Konfirmasi Pasukan',
      'Semoga hubungan kedua negara', 'pembaca_setia', 'Terpopuler', 'Harga Emas', 'dataLayer', 'gtag', 'Hak cipta', 'FOTO/Dokumentasi',
      'Reporter:', 'Topik:', 'WhatsApp',
    ]) {
      expect(all, furniture).not.toContain(furniture);
    }
    // The headline is the title, not a paragraph.
    expect(read('tempo-modern.html').paragraphs[0]).not.toMatch(/^Menteri Luar Negeri Korea Utara dan Rusia Tegaskan/);
  });

  it('leaves out the AMP page parts, the "baca juga" box of a <br> layout, and HTML comments', () => {
    expect(read('antara-amp.html').all).not.toMatch(/Iklan|DK PBB sahkan|Menu|Politik|UA-0000/);
    expect(read('cnnindonesia-detail.html').all).not.toMatch(/Darmin: Ekonomi RI Tumbuh|Ekspor ke China Naik|Bagikan|Rupiah Menguat|REUTERS\/Aly Song/);
    expect(read('rimanews-plain.html').all).not.toContain('Teks komentar HTML');
    expect(read('en-harbour-latin1.html').all).not.toMatch(/privacy|Accept all|morning briefing|Most read|Energy bills/);
  });

  it('decodes windows-1252 and a <meta charset> other than UTF-8', () => {
    const old = read('tempo-old-windows-1252.html');
    expect(old.encoding).toBe('windows-1252');
    expect(old.all).toContain('“Hubungan antara negara kita');
    expect(old.all).not.toMatch(/[\u0080-\u009f\ufffd]/);
    const latin = read('en-harbour-latin1.html');
    expect(latin.all).toContain('Kühne Logistics University');
  });

  it('reads the metadata: JSON-LD NewsArticle first, then Open Graph, canonical link, <html lang>, <title>', () => {
    expect(read('tempo-modern.html').meta).toEqual({
      title: 'Menteri Luar Negeri Korea Utara dan Rusia Tegaskan Komitmen Kerja Sama',
      url: 'https://www.tempo.co/internasional/menlu-korut-dan-rusia-tegaskan-komitmen-1163391',
      outlet: 'Tempo.co',
      publishedAt: '2024-11-02',
      language: 'id',
    });
    expect(read('antara-amp.html').meta).toEqual({
      title: 'Jepang beri sanksi tambahan untuk Korut',
      url: 'https://www.antaranews.com/berita/648918/jepang-beri-sanksi-tambahan-untuk-korut',
      outlet: 'ANTARA News',
      publishedAt: '2017-08-26',
      language: 'id',
    });
    expect(read('cnnindonesia-detail.html').meta).toMatchObject({ outlet: 'CNN Indonesia', publishedAt: '2017-03-06', language: 'id' });
    // JSON-LD in an @graph, the NewsArticle's publisher rather than the site's company name.
    expect(read('en-harbour-latin1.html').meta).toEqual({
      title: 'Felixstowe dock workers begin eight-day strike',
      url: 'https://news.harbourwire.example/business/felixstowe-dock-workers-strike',
      outlet: 'Harbour Wire',
      publishedAt: '2022-08-21',
      language: 'en',
    });
    // Only a <title>: the rest is left for the loader to read from the text.
    expect(read('rimanews-plain.html').meta).toEqual({ title: 'Jokowi Perintahkan TNI-Polri Jamin Keamanan Pilkada DKI' });
  });

  it('drops a site name trailing og:title or <title>, and resolves a relative canonical link', () => {
    const html = `<html lang="en"><head><title>Harbour talks stall again | Coastline Press</title>
      <meta property="og:site_name" content="Coastline Press"><link rel="canonical" href="/news/harbour-talks">
      <meta property="article:published_time" content="2024-03-14T08:00:00Z"></head>
      <body><article>${'<p>Talks to end the strike at the port stalled again on Thursday, the union said, as both sides refused to move.</p>'.repeat(3)}</article></body></html>`;
    expect(readPage(html, 'https://coastline.example/amp/news/harbour-talks')?.meta).toEqual({
      title: 'Harbour talks stall again',
      url: 'https://coastline.example/news/harbour-talks',
      outlet: 'Coastline Press',
      publishedAt: '2024-03-14',
      language: 'en',
    });
  });

  it('ignores broken JSON-LD and metadata that is not what it claims (no ISO date, a javascript: link)', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
      <meta property="article:published_time" content="kemarin sore"><link rel="canonical" href="javascript:alert(1)"></head>
      <body><article>${'<p>Sebuah berita yang cukup panjang untuk dibaca sebagai artikel oleh pembaca di mana pun mereka berada.</p>'.repeat(3)}</article></body></html>`;
    const page = readPage(html);
    expect(page?.meta).toEqual({});
    expect(page?.paragraphs).toHaveLength(3);
  });

  it('finds no article in a page of headlines and a form', () => {
    expect(readPage(decodePage(pageBytes('no-article.html'), { html: true }).text)).toBeUndefined();
    expect(readPage('<html><body><p>Halo.</p></body></html>')).toBeUndefined();
    expect(readPage('')).toBeUndefined();
  });

  it('tells an HTML document from an article that mentions HTML', () => {
    expect(looksLikeHtml('<!DOCTYPE html>\n<html>')).toBe(true);
    expect(looksLikeHtml('\uFEFF  <!-- saved -->\n<html lang="id">')).toBe(true);
    expect(looksLikeHtml('<HEAD><title>x</title>')).toBe(true);
    expect(looksLikeHtml('Jakarta - Situs itu memakai <html> versi lama.')).toBe(false);
  });
});
