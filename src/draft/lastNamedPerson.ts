/** Whom a "he said" with no quote of the same person just before can stand for. */
import { BODY_WORD, parsePhrase, resolvePerson, type Person, type Speaker } from './speakers.ts';

/**
 * The last person the text names at the head of a clause before `at` ("Volodymyr Zelenskiy made
 * the comment …", "…, Captain Sviatoslav Palamar, a commander, taunted …"), whom a later "he said"
 * can stand for. A name after "and" or a preposition ("alongside President Joe Biden") is left out:
 * it is rarely the one who goes on speaking. A full name, or a surname with a title.
 */
export function lastNamedPerson(
  text: string,
  at: number,
  people: ReadonlyMap<string, Person>,
): { speaker: Speaker; start: number } | undefined {
  const re = /(?:^|(?<=[\n.!?,]\s*))(\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,5})(?![\p{L}'’-])/gu;
  let last: { speaker: Speaker; start: number } | undefined;
  for (const m of text.slice(0, at).matchAll(re)) {
    const parsed = parsePhrase(m[1] ?? '');
    if (!parsed || parsed === 'pronoun' || parsed.kind !== 'person') continue;
    const words = parsed.name.split(' ');
    if (words.some((w) => BODY_WORD.test(w))) continue;
    if (words.length < 2 && !parsed.role) continue;
    last = { speaker: resolvePerson(parsed, people), start: m.index };
  }
  return last;
}
