/** People the text names as speakers without a title, remembered for later quotes by surname. */
import { attributionBefore, parsePhrase, type Person } from './speakers.ts';

/**
 * Adds to `people` those the text names as the subject of a speech verb with no title the pattern
 * above knows ("the head of the regional administration Pavlo Kyrylenko noted …"), by full name, so
 * that a later quote by surname alone ("…," Kirilenko said) gets the full name and role.
 */
export function addReportingPeople(
  text: string,
  sentences: readonly { start: number; end: number }[],
  people: Map<string, Person>,
): void {
  for (const s of sentences) {
    const phrase = attributionBefore(text, s.start, s.end)?.phrase;
    const parsed = phrase ? parsePhrase(phrase) : undefined;
    if (typeof parsed !== 'object' || parsed.kind !== 'person') continue;
    const words = parsed.name.split(' ');
    const surname = words[words.length - 1] ?? '';
    if (words.length < 2 || people.has(surname)) continue;
    people.set(surname, { surname, name: parsed.name, ...(parsed.role ? { role: parsed.role } : {}) });
  }
}
