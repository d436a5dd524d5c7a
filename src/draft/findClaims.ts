/**
 * Claims and events from sentences in which a party took, captured, seized, liberated, controls or
 * withdrew from a place. Who says it: the subject of a speech verb ("Russia says …", "the military
 * said …"); with none, the sentence is the article's own voice, attributed to the outlet ("where
 * Kyiv still controls most of the territory"). Whose control: a party named before the verb, or
 * "it"/"its troops" for the one who says it. A place after "around", "near" or "outside" is not the
 * place taken.
 */
import type { ClaimExtent, ClaimKind } from '../story/types.ts';
import type { PlaceMention } from './findPlaces.ts';
import { partyOf, type PartyId, type PartyMention } from './parties.ts';
import { SPEECH_VERB } from './speakers.ts';
import type { Segment, Span } from './types.ts';

export type ActionKind = 'controls' | 'took' | 'withdrew' | 'aims-to-take';

export interface ActionFound {
  kind: ActionKind;
  /** Whose control or action. */
  party: PartyId;
  place: PlaceMention;
  extent?: ClaimExtent;
  /** The party that says it, or 'article' for the article's own voice. */
  saidBy: PartyId | 'article';
  /** The words of the sayer, when a party says it. */
  sayer?: string;
  /** Present tense ("controls", "says"): true as of the publication day. */
  present: boolean;
  sentence: Span;
  verb: Span;
  confidence: number;
}

const ACTIONS: [ActionKind, RegExp][] = [
  [
    'aims-to-take',
    /\b(?:is|are) (?:seizing|taking|trying to (?:take|seize|capture))\b|\b(?:(?:retake|regain|recapture) control (?:of|over)|retake|recapture|win back|take back|liberate)\b/gu,
  ],
  [
    'controls',
    /\b(?:controls?|controlled|(?:complete|full|total) control (?:of|over)|control (?:of|over)|in control of|holds?)\b|контролю\p{L}*|контролир\p{L}*/gu,
  ],
  [
    'took',
    /\b(?:took|taken|taking|captured|capture of|seized|seizure of|liberated|liberation of|occupied|fell|entered)\b|захопи\p{L}*|захвати\p{L}*|взял\p{L}*|звільни\p{L}*|освободи\p{L}*/gu,
  ],
  [
    'withdrew',
    /\b(?:withdr[ae]w(?:n|al)?|withdrawing|pulled out of|retreated from|left)\b(?:\s+\p{L}+){0,2}?\s+from\b|\bwithdraw from\b|\bpulled out of\b|\bretreated from\b|відійшл\p{L}*|вийшл\p{L}*|отступил\p{L}*/gu,
  ],
];
const NOT_THE_PLACE =
  /\b(?:around|near|outside|towards?|toward|on the outskirts of|north of|south of|east of|west of)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}$/u;
const PRESENT = /\b(?:says|say|controls|control|holds|is|are|claims|still)\b/u;

function extentOf(words: string): ClaimExtent | undefined {
  if (/\b(?:complete|full|total|all|entire|whole)\b/i.test(words)) return 'all';
  if (/\bmost\b/i.test(words)) return 'most';
  if (/\b(?:part|parts|some)\b/i.test(words)) return 'part';
  return undefined;
}

export function findClaims(
  text: string,
  sentences: readonly Segment[],
  places: readonly PlaceMention[],
  parties: readonly PartyMention[],
): ActionFound[] {
  const out: ActionFound[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const verbs: { kind: ActionKind; at: number; end: number; words: string }[] = [];
    for (const [kind, re] of ACTIONS) {
      for (const m of sentence.matchAll(re)) {
        if (verbs.some((v) => m.index < v.end && m.index + m[0].length > v.at)) continue;
        verbs.push({ kind, at: m.index, end: m.index + m[0].length, words: m[0] });
      }
    }
    if (verbs.length === 0) continue;
    verbs.sort((a, b) => a.at - b.at);
    const speech = new RegExp(SPEECH_VERB.source, 'u').exec(sentence);
    const inSentence = (m: { span: Span }) => m.span[0] >= s.start && m.span[1] <= s.end;
    const sentenceParties = parties.filter(inSentence);
    const sentencePlaces = places.filter(inSentence);
    // Who says it: the party named before the speech verb.
    let saidBy: PartyId | 'article' = 'article';
    let sayer: string | undefined;
    if (speech) {
      const before = sentenceParties.filter((p) => p.span[1] <= s.start + speech.index);
      const last = before[before.length - 1];
      const subject = sentence.slice(0, speech.index);
      const party = last?.party ?? partyOf(subject);
      if (!party) continue; // someone says it, but the text does not say who: nothing to draft
      saidBy = party;
      sayer = last?.surface;
    }
    verbs.forEach((verb, i) => {
      const verbAt = s.start + verb.at;
      const nextVerbAt = s.start + (verbs[i + 1]?.at ?? sentence.length);
      // Whose: the party named closest before the verb (after the speech verb), else the sayer.
      const since = speech ? s.start + speech.index + speech[0].length : s.start;
      const subjectParty = [...sentenceParties]
        .reverse()
        .find((p) => p.span[1] <= verbAt && p.span[0] >= since);
      const party = subjectParty?.party ?? (saidBy === 'article' ? undefined : saidBy);
      if (!party) return;
      const prevVerbEnd = s.start + (verbs[i - 1]?.end ?? 0);
      const beforeVerb = text.slice(s.start, verbAt);
      // "Lugansk had been liberated" (passive) and "the Donetsk region, where Kyiv controls …": the
      // place is named before the verb; otherwise after it.
      const placeFirst =
        /\b(?:had been|has been|have been|was|were|is|are)\s+["“«„']?$/u.test(beforeVerb) ||
        /,\s*where\b/u.test(beforeVerb);
      const candidates = placeFirst
        ? [...sentencePlaces].reverse().filter((p) => p.span[1] <= verbAt && p.span[0] >= prevVerbEnd)
        : sentencePlaces.filter((p) => p.span[0] >= s.start + verb.end && p.span[0] < nextVerbAt);
      const target = candidates.find(
        (p) =>
          !NOT_THE_PLACE.test(text.slice(Math.max(s.start, p.span[0] - 40), p.span[0])) &&
          // "the city" stands for the place taken only as the verb's own object ("withdraw from the city").
          (!p.anaphor || placeFirst || text.slice(s.start + verb.end, p.span[0]).trim() === '') &&
          // The subject ("Kyiv still controls") is not also the place.
          !(subjectParty && p.span[0] < subjectParty.span[1] && p.span[1] > subjectParty.span[0]),
      );
      if (!target) return;
      const around = placeFirst
        ? text.slice(verbAt, nextVerbAt)
        : text.slice(Math.max(s.start, verbAt - 20), target.span[1]);
      const extent =
        verb.kind === 'controls'
          ? (extentOf(around) ?? (target.place.kind === 'oblast' ? undefined : 'all'))
          : undefined;
      const present = PRESENT.test(sentence.slice(0, verb.end)) || verb.kind === 'controls';
      out.push({
        kind: verb.kind,
        party,
        place: target,
        ...(extent ? { extent } : {}),
        saidBy,
        ...(sayer ? { sayer } : {}),
        present,
        sentence: [s.start, s.end],
        verb: [verbAt, s.start + verb.end],
        confidence: Math.min(target.confidence, saidBy === 'article' ? 0.6 : 0.75),
      });
    });
  }
  return out;
}

/** The story's claim kind for an action that is a claim (control, or an aim); events carry the rest. */
export const claimKindOf = (kind: ActionKind): ClaimKind | undefined =>
  kind === 'controls' ? 'controls' : kind === 'aims-to-take' ? 'aims-to-take' : undefined;
