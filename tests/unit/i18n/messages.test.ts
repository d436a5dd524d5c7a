/**
 * The message tables: every language has every key English has and no other (tsc says so too,
 * through the Messages type; this test says which key), every message is words in its language
 * that use every argument they are given, and every party of the site's stories has its names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en, type Messages } from '../../../src/i18n/en.ts';
import { LANGS } from '../../../src/i18n/lang.ts';
import { loadMessages } from '../../../src/i18n/loadMessages.ts';
import { ru } from '../../../src/i18n/ru.ts';
import { uk } from '../../../src/i18n/uk.ts';

const TABLES: Record<string, Messages> = { uk, ru };

/** Each message's path and value, depth first; `parties` is a table of its own (below). */
function leaves(table: object, path = ''): [string, unknown][] {
  return Object.entries(table).flatMap(([key, value]): [string, unknown][] => {
    const at = path ? `${path}.${key}` : key;
    if (at === 'parties') return [];
    return typeof value === 'object' && value !== null ? leaves(value, at) : [[at, value]];
  });
}

/** Distinct arguments, so a message that drops one is found. */
const MARKS = ['⟦1⟧', '⟦2⟧', '⟦3⟧', '⟦4⟧', '⟦5⟧'];
const written = (value: unknown): string =>
  typeof value === 'function' ? String((value as (...args: string[]) => unknown)(...MARKS)) : String(value);
const argumentsOf = (value: unknown) => (typeof value === 'function' ? value.length : 0);

/** Latin words a Ukrainian or Russian message may hold: names (of the app, a technology, file formats). */
const LATIN_ALLOWED = new Set(['Claimline', 'WebGL2', 'PNG', 'CSV', 'GeoJSON', 'GIF', 'MP4', 'WebM']);

describe('the message tables', () => {
  const english = leaves(en);

  it.each(Object.keys(TABLES))('%s has every key English has, and no other', (lang) => {
    const keys = leaves(TABLES[lang]!).map(([key]) => key);
    expect(keys).toEqual(english.map(([key]) => key));
  });

  it.each(Object.keys(TABLES))('%s: every message is words, using each argument once at least', (lang) => {
    const own = new Map(leaves(TABLES[lang]!));
    for (const [key, value] of english) {
      const mine = own.get(key);
      expect(typeof mine, key).toBe(typeof value);
      expect(argumentsOf(mine), key).toBe(argumentsOf(value));
      const text = written(mine);
      expect(text.trim(), key).not.toBe('');
      for (const mark of MARKS.slice(0, argumentsOf(value))) expect(text, key).toContain(mark);
    }
  });

  it.each(Object.keys(TABLES))('%s is not English left in place: no Latin word but a name', (lang) => {
    for (const [key, value] of leaves(TABLES[lang]!)) {
      if (key === 'tag') continue;
      const latin = written(value).match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
      expect(
        latin.filter((word) => !LATIN_ALLOWED.has(word)),
        `${lang}.${key}: ${written(value)}`,
      ).toEqual([]);
    }
  });

  it.each(['en', 'uk', 'ru'])('%s: a step button’s name holds the words it shows (WCAG 2.5.3)', (lang) => {
    const { timeline } = lang === 'en' ? en : TABLES[lang]!;
    for (const [shown, word, event, day] of [
      [timeline.previous, timeline.previousNone, timeline.previousEvent, timeline.previousDay],
      [timeline.next, timeline.nextNone, timeline.nextEvent, timeline.nextDay],
    ] as const) {
      expect(shown).toContain(word);
      expect(event('⟦1⟧', '⟦2⟧')).toContain(word);
      expect(day('⟦1⟧')).toContain(word);
    }
  });

  it('English messages use every argument too', () => {
    for (const [key, value] of english)
      for (const mark of MARKS.slice(0, argumentsOf(value))) expect(written(value), key).toContain(mark);
  });

  it('names every party of the site’s stories in Ukrainian and Russian, in each form', () => {
    const ids = readdirSync('geo/stories')
      .filter((file) => file.endsWith('.json'))
      .flatMap(
        (file) =>
          (JSON.parse(readFileSync(`geo/stories/${file}`, 'utf8')) as { parties: { id: string }[] }).parties,
      )
      .map((party) => party.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const table of [uk, ru]) {
      expect(Object.keys(table.parties).sort()).toEqual([...new Set(ids)].sort());
      for (const words of Object.values(table.parties))
        for (const form of [words.name, words.short, words.of]) expect(form).toMatch(/\p{Script=Cyrillic}/u);
    }
    // English writes the parties as the stories do.
    expect(en.parties).toEqual({});
  });

  it('loads each language’s table, English without a fetch', async () => {
    for (const lang of LANGS)
      expect((await loadMessages(lang)).tag).toBe({ en: 'en-GB', uk: 'uk', ru: 'ru' }[lang]);
    expect(await loadMessages('uk')).toBe(uk);
  });
});
