/** Input that is no plain English article gets a clear message or a draft that says what it could not do. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { draftStory, DraftInputError } from '../../../src/draft/index.ts';
import { tables } from './tables.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'claimline-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const draft = (text: string, published = '2022-07-04') => draftStory(text, { published }, tables);

/** Runs the CLI; its status, standard output and error. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-draft.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the drafter refuses what is not an article, with a reason', () => {
  it('an empty file', () => {
    expect(() => draft('')).toThrow(DraftInputError);
    expect(() => draft(' \n\n ')).toThrow('there is no text to draft from (the file is empty)');
  });

  it('a binary file', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('utf8');
    expect(() => draft(bytes)).toThrow(/this is not text/);
  });

  it('more text than an article', () => {
    expect(() => draft('Lysychansk. '.repeat(100_000))).toThrow(/is more than an article/);
  });

  it('no publication date, or one that is not a day', () => {
    expect(() => draft('Russia took Lysychansk.', '')).toThrow(
      /publication date \(missing\) must be a real day/,
    );
    expect(() => draft('Russia took Lysychansk.', '2022-02-30')).toThrow(/publication date \(2022-02-30\)/);
  });
});

describe('the drafter reads', () => {
  it('HTML pasted with its tags, and says so', () => {
    const html =
      '<html><head><style>p{color:red}</style><script>var x = "not a quote";</script></head><body><article>' +
      '<h1>Russia takes Lysychansk</h1><p>&ldquo;We will return,&rdquo; President Volodymyr Zelensky said on Sunday.</p>' +
      '<p>He said the army would retake <b>Lysychansk</b>.</p></article></body></html>';
    const { story, notes } = draft(html);
    expect(story.quotes.map((q) => [q.text, q.speaker, q.saidOn])).toEqual([
      ['We will return', 'Volodymyr Zelensky', '2022-07-03'],
    ]);
    expect(story.draft!.text).not.toMatch(/<|not a quote/);
    expect(notes.join(' ')).toMatch(/HTML/);
  });

  it('Ukrainian: places from Cyrillic names, quotes in « », and says what it could not do', () => {
    const text =
      'Зеленський пообіцяв повернути Лисичанськ\n' +
      '«Ми повернемося до Лисичанська завдяки нашій тактиці», — заявив Зеленський у неділю.\n' +
      'Росія заявила, що захопила Сєвєродонецьк. Бої точаться біля Бахмута на Донеччині.';
    const { story, notes } = draft(text);
    expect(story.quotes.map((q) => [q.text, q.speaker, q.saidOn, q.places])).toEqual([
      ['Ми повернемося до Лисичанська завдяки нашій тактиці', 'Зеленський', '2022-07-03', ['lysychansk']],
    ]);
    expect(story.events.map((e) => [e.title, e.places])).toEqual([
      ['Russia says it took Sievierodonetsk', ['sievierodonetsk']],
    ]);
    expect(story.parties.map((p) => p.id)).toEqual(['ru', 'ua']);
    expect(notes.join(' ')).toMatch(
      /The article is in Cyrillic: .* speakers are found only beside a speech verb/,
    );
  });

  it('Russian: quotes in „“ and « », days in Russian', () => {
    const text =
      'Песков сказал в воскресенье: „Луганская народная республика освобождена“.\n«Это конец», — добавил он.';
    const { story } = draft(text);
    expect(story.quotes.map((q) => [q.text, q.saidOn])).toEqual([
      ['Луганская народная республика освобождена', '2022-07-03'],
      ['Это конец', '2022-07-03'],
    ]);
    expect(story.parties.map((p) => p.id)).toEqual(['lpr']);
  });
});

describe('npm run story:draft', () => {
  it('refuses a call with no publication date, naming the flag', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Russia took Lysychansk.');
    const run = cli(file);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no publication date: give --published YYYY-MM-DD/);
  });

  it('refuses an empty file, a binary file and a 5 MB file, naming the file', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(cli(empty, '--published', '2022-07-04').stderr).toMatch(
      /empty\.txt: there is no text to draft from/,
    );
    const binary = join(dir, 'photo.jpg');
    writeFileSync(binary, Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 31) % 256)));
    expect(cli(binary, '--published', '2022-07-04').stderr).toMatch(/photo\.jpg: this is not text/);
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'a'.repeat(5 * 1024 * 1024));
    const run = cli(big, '--published', '2022-07-04');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/big\.txt: .* is more than an article/);
  });

  it('writes a draft that story:check accepts as a draft', () => {
    const file = join(dir, 'b.txt');
    writeFileSync(file, '"We will return," President Volodymyr Zelensky said on Sunday about Lysychansk.');
    const out = join(dir, 'draft.json');
    const run = cli(file, '--published', '2022-07-04', '--outlet', 'Test Wire', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts', out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: root },
    });
    // The ids the seed story already uses (the article's source, the same quote's id) are kept
    // apart from it in the draft written, so the check has nothing open about them.
    const written = JSON.parse(readFileSync(out, 'utf8')) as {
      sources: { id: string }[];
      quotes: { id: string; source: string }[];
    };
    expect(written.sources.map((s) => s.id)).toEqual(['article-2']);
    expect(written.quotes.map((q) => [q.id, q.source])).toEqual([['zelensky-we-will-return-2', 'article-2']]);
    expect(check.stdout).not.toContain('ids must be unique across stories');
    expect(check.stdout).toMatch(/story:check DRAFT: .*draft\.json: no errors; 0 open item/);
    expect(check.status).toBe(0);
  });
});
