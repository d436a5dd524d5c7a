/**
 * What one action verb of a sentence claims: whose control or action, of which place, and how much
 * of it. A place after "around", "near" or "outside" is not the place taken.
 */
import type { ClaimExtent } from '../story/types.ts';
import type { ActionVerb } from './findActionVerbs.ts';
import type { ActionFound } from './findClaims.ts';
import type { PlaceMention } from './findPlaces.ts';
import type { PartyId, PartyMention } from './parties.ts';
import type { Segment } from './types.ts';

/** One sentence as findClaims reads it: its verbs, who says it, and the parties and places in it. */
export interface SentenceReading {
  text: string;
  segment: Segment;
  /** The sentence's own text. */
  sentence: string;
  verbs: readonly ActionVerb[];
  speech: RegExpExecArray | null;
  parties: readonly PartyMention[];
  places: readonly PlaceMention[];
  saidBy: PartyId | 'article';
  sayer?: string;
}

const NOT_THE_PLACE =
  /\b(?:around|near|outside|towards?|toward|on the outskirts of|north of|south of|east of|west of)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}$/u;
const PRESENT = /\b(?:says|say|controls|control|holds|is|are|claims|still)\b/u;

function extentOf(words: string): ClaimExtent | undefined {
  if (/\b(?:complete|full|total|all|entire|whole)\b/i.test(words)) return 'all';
  if (/\bmost\b/i.test(words)) return 'most';
  if (/\b(?:part|parts|some)\b/i.test(words)) return 'part';
  return undefined;
}

/** The place the verb (the sentence's i-th) acts on, and whether the sentence names it before the verb. */
function targetOf(r: SentenceReading, verb: ActionVerb, i: number, subjectParty: PartyMention | undefined) {
  const { text, segment: s, verbs } = r;
  const verbAt = s.start + verb.at;
  const nextVerbAt = s.start + (verbs[i + 1]?.at ?? r.sentence.length);
  const prevVerbEnd = s.start + (verbs[i - 1]?.end ?? 0);
  const beforeVerb = text.slice(s.start, verbAt);
  // "Lugansk had been liberated" (passive) and "the Donetsk region, where Kyiv controls …": the
  // place is named before the verb; otherwise after it.
  const placeFirst =
    /\b(?:had been|has been|have been|was|were|is|are)\s+["“«„']?$/u.test(beforeVerb) ||
    /,\s*where\b/u.test(beforeVerb);
  const candidates = placeFirst
    ? [...r.places].reverse().filter((p) => p.span[1] <= verbAt && p.span[0] >= prevVerbEnd)
    : r.places.filter((p) => p.span[0] >= s.start + verb.end && p.span[0] < nextVerbAt);
  const target = candidates.find(
    (p) =>
      !NOT_THE_PLACE.test(text.slice(Math.max(s.start, p.span[0] - 40), p.span[0])) &&
      // "the city" stands for the place taken only as the verb's own object ("withdraw from the city").
      (!p.anaphor || placeFirst || text.slice(s.start + verb.end, p.span[0]).trim() === '') &&
      // The subject ("Kyiv still controls") is not also the place.
      !(subjectParty && p.span[0] < subjectParty.span[1] && p.span[1] > subjectParty.span[0]),
  );
  return { target, placeFirst, verbAt, nextVerbAt };
}

/** What the verb (the sentence's i-th) drafts; nothing when no party or no place is its own. */
export function actionOfVerb(r: SentenceReading, verb: ActionVerb, i: number): ActionFound | undefined {
  const { text, segment: s, speech, saidBy } = r;
  // Whose: the party named closest before the verb (after the speech verb), else the sayer.
  const since = speech ? s.start + speech.index + speech[0].length : s.start;
  const subjectParty = [...r.parties]
    .reverse()
    .find((p) => p.span[1] <= s.start + verb.at && p.span[0] >= since);
  const party = subjectParty?.party ?? (saidBy === 'article' ? undefined : saidBy);
  if (!party) return undefined;
  const { target, placeFirst, verbAt, nextVerbAt } = targetOf(r, verb, i, subjectParty);
  if (!target) return undefined;
  const around = placeFirst
    ? text.slice(verbAt, nextVerbAt)
    : text.slice(Math.max(s.start, verbAt - 20), target.span[1]);
  const extent =
    verb.kind === 'controls'
      ? (extentOf(around) ?? (target.place.kind === 'oblast' ? undefined : 'all'))
      : undefined;
  return {
    kind: verb.kind,
    party,
    place: target,
    ...(extent ? { extent } : {}),
    saidBy,
    ...(r.sayer ? { sayer: r.sayer } : {}),
    present: PRESENT.test(r.sentence.slice(0, verb.end)) || verb.kind === 'controls',
    sentence: [s.start, s.end],
    verb: [verbAt, s.start + verb.end],
    confidence: Math.min(target.confidence, saidBy === 'article' ? 0.6 : 0.75),
  };
}
