import { describe, expect, it } from 'vitest';
import { fixturesDir, TEMPO } from './helpers/articles.js';
import { kutip, runNode } from './helpers/run.js';

describe('kutip ask', () => {
  it('prints the answer as text with its citations', () => {
    const r = kutip(['ask', '/search Kursk']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Mereka menyebut unit militer Korea Utara telah dikerahkan ke wilayah Kursk/);
    expect(r.stdout).toContain('¶3 “Adapun North Atlantic Treaty Organization');
  });

  it('prints one JSON object with --json', () => {
    const r = kutip(['ask', '--json', '/search bantuan militer']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ command: 'search', query: 'bantuan militer', found: true });
    expect(a.citations[0]).toMatchObject({ article: TEMPO, paragraph: expect.any(Number), excerpt: expect.stringContaining('bantuan militer') });
  });

  it('reads commands from standard input and prints JSON Lines in order', () => {
    const input = ['/search Kursk', '', '/search Israel', `{"article": "${TEMPO}", "command": "/source"}`, '/nope', '{"command": 5}'].join('\n');
    const r = kutip(['ask', '--articles-dir', fixturesDir], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.command, l.found])).toEqual([
      ['search', true],
      ['search', false],
      ['source', true],
      ['error', false],
      ['error', false],
    ]);
    expect(lines[0].citations[0].article).toBe(TEMPO);
    expect(lines[2].citations).toHaveLength(1);
    expect(lines[3].answer).toMatch(/Unknown command “\/nope”/);
  });

  it('aims commands at one article with --article', () => {
    const r = kutip(['ask', '--json', '--articles-dir', fixturesDir, '--article', 'en-council-vote', '/search Kursk']);
    expect(JSON.parse(r.stdout).found).toBe(false);
  });

  it('takes the folder from ARTICLES_DIR', () => {
    const r = kutip(['ask', '--json', '/search potholes'], '', { ARTICLES_DIR: fixturesDir });
    expect(JSON.parse(r.stdout).citations[0].article).toBe('en-council-vote');
  });

  it('fails with one clear line on a bad folder or option', () => {
    const r = kutip(['ask', '--articles-dir', '/nonexistent/kutip', '/search x']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('cannot read the articles folder');
    expect(kutip(['ask', '--bogus']).stderr).toMatch(/^kutip: Unknown option '--bogus'/);
  });
});

describe('kutip inspect', () => {
  it('shows the paragraphs and metadata of each article as JSON', () => {
    const r = kutip(['inspect', '--json', '--article', TEMPO]);
    expect(r.status).toBe(0);
    const [report] = JSON.parse(r.stdout);
    expect(report.id).toBe(TEMPO);
    expect(report.paragraphs).toHaveLength(11);
    expect(report.meta.publishedAt).toBe('2024-11-02');
    for (const key of ['people', 'organisations', 'places', 'quotes', 'dates']) expect(Array.isArray(report[key])).toBe(true);
  });
});

describe('npm start without a token', () => {
  it('opens the local console, says so, answers each line and exits 0 at end of input', () => {
    const r = runNode('dist/src/main.js', [], '/search Kursk\n/help\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('kutip local console — not connected to Discord.');
    expect(r.stdout).toContain('DISCORD_TOKEN');
    expect(r.stdout).toContain('¶3 “Adapun');
    expect(r.stdout).toContain('/quote <speaker or topic>');
  });
});
