/**
 * One article's draft against its truth (readTruth.ts): quotes by their verbatim text, the speakers
 * and days of the quotes found, and the places of the two oblasts. Also says, in words, each thing
 * that differs, for reading where the drafter goes wrong.
 */
import type { DraftTables } from '../../src/draft/types.ts';
import { normalizeName } from '../../src/story/normalizeName.ts';
import type { RawStory } from '../../src/story/types.ts';
import type { Truth } from './readTruth.ts';
import { tally, type Tally } from './tally.ts';

export interface ArticleScore {
  quotes: Tally;
  /** Over the quotes found: the truth's named speakers, the draft's, and those that agree. */
  speakers: Tally;
  /** Over the quotes found: the truth's days, the draft's, and those that agree. */
  days: Tally;
  places: Tally;
  /** Each difference, in words. */
  differences: string[];
}

/**
 * A quote's text for comparison: straight quote marks for curly ones, guillemets and low quotes; "..."
 * for an ellipsis; one space for any run of white space; without the punctuation that closes the
 * sentence around it, and without quote marks at its ends (`"…the future," Sak said` is `…the future`).
 */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.,;:"']+|[\s.,;:!?"']+$/g, '')
    .replace(/\.\.$/, '');
}

const TITLES = /^(the|mr|ms|mrs|dr)\s+/;
/** Words that make a name a body's ("Defense Ministry"), whose last word is no surname. */
const BODY =
  /^(ministry|forces|staff|command|army|military|department|group|agency|office|service|government|administration|council|headquarters|troops)$/;
const speakerWords = (name: string): string[] => {
  let n = normalizeName(name).replace(/'s\b/g, '');
  while (TITLES.test(n)) n = n.replace(TITLES, '');
  return n.split(' ').filter(Boolean);
};

/**
 * The same speaker: the same words (case, diacritics, "the" and "Mr" aside), or a surname alone
 * that ends the other's full name ("Prigozhin" and "Yevgeny Prigozhin"; not "Ministry" and "Defense
 * Ministry").
 */
export function sameSpeaker(a: string, b: string): boolean {
  const x = speakerWords(a);
  const y = speakerWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length === 1 && long.length <= 3 && long.at(-1) === short[0] && !BODY.test(short[0] ?? '');
}

/** Every spelling by which a drafted place can be named in a truth file: its id, names and variants. */
function spellings(story: RawStory, tables: DraftTables): Map<string, Set<string>> {
  const byId = new Map<string, Set<string>>();
  const add = (id: string, names: readonly (string | undefined)[]): void => {
    const set = byId.get(id) ?? new Set<string>([normalizeName(id)]);
    for (const n of names) if (n) set.add(normalizeName(n));
    byId.set(id, set);
  };
  for (const p of tables.places.places) add(p.id, [...Object.values(p.names), ...(p.variants ?? [])]);
  const gazetteer = new Map(tables.gazetteer.places.map((e) => [e.geonameid, e]));
  for (const p of story.places ?? []) {
    const entry = p.geonameid === undefined ? undefined : gazetteer.get(p.geonameid);
    add(p.id, [...Object.values(p.names), ...(p.variants ?? []), ...(entry?.alternates ?? [])]);
  }
  return byId;
}

const short = (text: string): string => {
  const t = normalizeQuote(text);
  return `"${t.length > 48 ? `${t.slice(0, 45)}…` : t}"`;
};
const named = (v: string | undefined): string | undefined =>
  v === undefined || v.trim() === '' ? undefined : v;

export function scoreArticle(story: RawStory, truth: Truth, tables: DraftTables): ArticleScore {
  const s: ArticleScore = {
    quotes: tally(),
    speakers: tally(),
    days: tally(),
    places: tally(),
    differences: [],
  };
  const say = (d: string): number => s.differences.push(d);

  // Quotes, one to one by their text: a passage quoted twice must be drafted twice.
  const unmatched = truth.quotes.map((q) => ({ q, key: normalizeQuote(q.text) }));
  s.quotes.drafted = story.quotes.length;
  s.quotes.truth = truth.quotes.length;
  for (const q of story.quotes) {
    const i = unmatched.findIndex((u) => u.key === normalizeQuote(q.text));
    const t = unmatched[i]?.q;
    if (t === undefined) {
      say(`quote not in the truth: ${short(q.text)}`);
      continue;
    }
    unmatched.splice(i, 1);
    s.quotes.right++;
    const speaker = named(q.speaker);
    if (t.speaker !== null) s.speakers.truth++;
    if (speaker !== undefined) s.speakers.drafted++;
    if (t.speaker !== null && speaker !== undefined && sameSpeaker(speaker, t.speaker)) s.speakers.right++;
    else if (t.speaker !== null || speaker !== undefined)
      say(`speaker of ${short(q.text)}: drafted ${speaker ?? '(none)'}, truth ${t.speaker ?? '(none)'}`);
    const day = named(q.saidOn);
    if (t.saidOn !== null) s.days.truth++;
    if (day !== undefined) s.days.drafted++;
    if (t.saidOn !== null && day === t.saidOn) s.days.right++;
    else if (t.saidOn !== null || day !== undefined)
      say(`day of ${short(q.text)}: drafted ${day ?? '(none)'}, truth ${t.saidOn ?? '(none)'}`);
  }
  for (const u of unmatched) say(`quote missed: ${short(u.q.text)}`);

  // Places of the two oblasts, one to one: each truth entry (an id or a name) to a drafted place.
  const names = spellings(story, tables);
  const capitals = new Set(tables.places.places.filter((p) => p.kind === 'capital').map((p) => p.id));
  const drafted = [
    ...new Set(
      (story.draft?.evidence ?? [])
        .filter((e) => e.collection === 'places' && !capitals.has(e.id))
        .map((e) => e.id),
    ),
  ];
  s.places.drafted = drafted.length;
  s.places.truth = truth.places.length;
  const left = new Set(drafted);
  for (const p of truth.places) {
    const key = normalizeName(p);
    const id = [...left].find((d) => names.get(d)?.has(key));
    if (id === undefined) say(`place missed: ${p}`);
    else {
      left.delete(id);
      s.places.right++;
    }
  }
  for (const id of left) say(`place not in the truth: ${id}`);
  return s;
}
