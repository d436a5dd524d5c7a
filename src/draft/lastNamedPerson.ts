/** Whom a "he said" with no quote of the same person just before can stand for. */
import { BODY_WORD, parsePhrase, resolvePerson, SPEECH_VERB, type Person, type Speaker } from './speakers.ts';

interface Named {
  speaker: Speaker;
  start: number;
  end: number;
}

const RUN = /(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,5}(?![\p{L}'’-])/gu;
const CLAUSE_START = /(?:^|[\n.!?,]\s*)$/u;
const SPEAKS = new RegExp(`^\\s+(?:${SPEECH_VERB.source})`, 'u');

/** Every person named at the head of a clause or as the subject of a speech verb, in text order. */
function namedPersons(text: string, people: ReadonlyMap<string, Person>): Named[] {
  const out: Named[] = [];
  for (const m of text.matchAll(RUN)) {
    const end = m.index + m[0].length;
    const head = CLAUSE_START.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (!head && !SPEAKS.test(text.slice(end, end + 40))) continue;
    const parsed = parsePhrase(m[0]);
    if (!parsed || parsed === 'pronoun' || parsed.kind !== 'person') continue;
    const words = parsed.name.split(' ');
    if (words.some((w) => BODY_WORD.test(w))) continue;
    if (words.length < 2 && !parsed.role) continue;
    out.push({ speaker: resolvePerson(parsed, people), start: m.index, end });
  }
  return out;
}

// The quotes of one article ask in turn: read its names once.
let cache: { text: string; people: ReadonlyMap<string, Person>; named: Named[] } | undefined;

/**
 * The last person the text names before `at`, at the head of a clause ("Volodymyr Zelenskiy made
 * the comment …", "…, Captain Sviatoslav Palamar, a commander, taunted …") or as the subject of a
 * speech verb ("… Ukraine Serhiy Cherevaty said"), whom a later "he said" can stand for. A name
 * after "and" or a preposition ("alongside President Joe Biden") is left out: it is rarely the one
 * who goes on speaking. A full name, or a surname with a title.
 */
export function lastNamedPerson(
  text: string,
  at: number,
  people: ReadonlyMap<string, Person>,
): { speaker: Speaker; start: number } | undefined {
  if (cache?.text !== text || cache.people !== people)
    cache = { text, people, named: namedPersons(text, people) };
  let last: Named | undefined;
  for (const n of cache.named) {
    if (n.end > at) break;
    last = n;
  }
  return last && { speaker: last.speaker, start: last.start };
}
