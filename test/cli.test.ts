import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, TEMPO } from './helpers/articles.js';
import { cleanEnv, kutip, root, runNode } from './helpers/run.js';

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
    // Two lines were errors: each still got its JSON line, and the exit code says so.
    expect(r.status).toBe(2);
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
    expect(lines.map((l) => l.error)).toEqual([undefined, undefined, undefined, 'unknown-command', 'bad-line']);
  });

  it('exits 0 when every line was answered, even when the article does not say', () => {
    const r = kutip(['ask', '--articles-dir', fixturesDir], '/search Kursk\n/search Israel\n');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).found)).toEqual([true, false]);
  });

  it('aims commands at one article with --article', () => {
    const r = kutip(['ask', '--json', '--articles-dir', fixturesDir, '--article', 'en-council-vote', '/search Kursk']);
    expect(JSON.parse(r.stdout).found).toBe(false);
  });

  it('an unknown --article is an error: one line on stderr, exit 2 (JSON: the answer, marked as an error)', () => {
    const r = kutip(['ask', '--article', 'nope', '/who Lavrov']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    // Nothing typed tells the language, so the error is in the articles' (Indonesian: the library's only article).
    expect(r.stderr).toMatch(/^kutip: Artikel “nope” tidak dimuat\. Yang dimuat: tempo-2024-11-02-korut-rusia\.\n$/);
    const json = kutip(['ask', '--json', '--article', 'nope', '/who Lavrov']);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ command: 'who', found: false, error: 'unknown-article' });
    const lines = kutip(['ask'], `{"article": "nope", "command": "/source"}\n/source\n`);
    expect(lines.status).toBe(2);
    expect(lines.stdout.trim().split('\n').map((l) => JSON.parse(l).error)).toEqual(['unknown-article', undefined]);
  });

  it('an unknown command as the argument: one line on stderr, exit 2', () => {
    const r = kutip(['ask', '/nope x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^kutip: Perintah “\/nope” tidak dikenal/);
    expect(kutip(['ask', '--lang', 'en', '/nope x']).stderr).toMatch(/^kutip: Unknown command “\/nope”/);
  });

  it('honours a JSON line\'s locale, and refuses one it does not speak or a field it does not know', () => {
    const input = [
      '{"command": "/who Lavrov", "locale": "id"}',
      '{"command": "/who Lavrov", "locale": "en"}',
      '{"command": "/who Lavrov"}',
      '{"command": "/help", "locale": "fr"}',
      '{"command": "/nope", "locale": "id"}',
      '{"command": "/help", "lang": "id"}',
    ].join('\n');
    const r = kutip(['ask'], input);
    expect(r.status).toBe(2);
    const [id, en, plain, french, nope, lang] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(id.answer).toMatch(/Disebut di ¶2/);
    expect(en.answer).toMatch(/Mentioned in ¶2/);
    // A name alone tells no language: the article's.
    expect(plain.answer).toBe(id.answer);
    expect(french).toMatchObject({ command: 'error', error: 'bad-locale', answer: expect.stringMatching(/"locale" must be "id" .* or "en"/) });
    expect(nope).toMatchObject({ command: 'error', error: 'unknown-command', answer: expect.stringMatching(/^Perintah “\/nope” tidak dikenal/) });
    expect(lang).toMatchObject({ command: 'error', error: 'bad-line', answer: expect.stringMatching(/Unknown field “lang”/) });
  });

  it('--lang sets the language of lines without their own', () => {
    const r = kutip(['ask', '--lang', 'id'], '/who Lavrov\n{"command": "/who Lavrov", "locale": "en"}\n');
    expect(r.status).toBe(0);
    const [id, en] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(id.answer).toMatch(/Disebut di ¶2/);
    expect(en.answer).toMatch(/Mentioned in ¶2/);
    const bad = kutip(['ask', '--lang', 'fr', '/help']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('kutip: --lang must be id or en\n');
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

describe('kutip without a command', () => {
  it('prints the usage on stderr and exits 2; --help prints it on stdout and exits 0', () => {
    const bare = kutip([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/^Usage:\n  kutip ask/);
    const help = kutip(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(bare.stderr);
  });
});

describe('npm start without a token', () => {
  it('opens the local console, says so, answers each line and exits 0 at end of input', () => {
    const r = runNode('dist/app/main.js', [], '/search Kursk\n/help\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('kutip local console — not connected to Discord.');
    expect(r.stdout).toContain('DISCORD_TOKEN');
    expect(r.stdout).toContain('¶3 “Adapun');
    // /help tells no language: the help is in the articles' (Indonesian).
    expect(r.stdout).toContain('/kutipan (/quote) <pembicara atau topik>');
  });

  it('ends quietly, exit 0, when its reader goes away (npm start | head)', async () => {
    const child = spawn(process.execPath, [join(root, 'dist/app/main.js')], { cwd: root, env: cleanEnv() });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the banner, then close the pipe as `head -1` does; every later answer meets a closed pipe.
    await once(child.stdout, 'data');
    child.stdout.destroy();
    child.stdin.end('/help\n'.repeat(200));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
