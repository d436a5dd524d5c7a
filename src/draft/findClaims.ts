/**
 * Claims and events from sentences in which a party took, captured, seized, liberated, controls or
 * withdrew from a place. Who says it: the subject of a speech verb ("Russia says …", "the military
 * said …"); with none, the sentence is the article's own voice, attributed to the outlet ("where
 * Kyiv still controls most of the territory"). Whose control: a party named before the verb, or
 * "it"/"its troops" for the one who says it. A place after "around", "near" or "outside" is not the
 * place taken.
 */
import type { ClaimExtent, ClaimKind } from '../story/types.ts';
import { actionOfVerb, type SentenceReading } from './actionOfVerb.ts';
import { findActionVerbs, type ActionKind } from './findActionVerbs.ts';
import type { PlaceMention } from './findPlaces.ts';
import { partyOf, type PartyId, type PartyMention } from './parties.ts';
import { SPEECH_VERB } from './speakers.ts';
import type { Segment, Span } from './types.ts';

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

/**
 * One sentence with its action verbs, who says it (the party named before the speech verb) and the
 * parties and places in it; none when it has no action verb, or someone says it but the text does
 * not say who (nothing to draft).
 */
function readSentence(
  text: string,
  segment: Segment,
  places: readonly PlaceMention[],
  parties: readonly PartyMention[],
): SentenceReading | undefined {
  const sentence = text.slice(segment.start, segment.end);
  const verbs = findActionVerbs(sentence);
  if (verbs.length === 0) return undefined;
  const speech = new RegExp(SPEECH_VERB.source, 'u').exec(sentence);
  const inSentence = (m: { span: Span }) => m.span[0] >= segment.start && m.span[1] <= segment.end;
  const reading = {
    text,
    segment,
    sentence,
    verbs,
    speech,
    parties: parties.filter(inSentence),
    places: places.filter(inSentence),
  };
  if (!speech) return { ...reading, saidBy: 'article' };
  const before = reading.parties.filter((p) => p.span[1] <= segment.start + speech.index);
  const last = before[before.length - 1];
  const party = last?.party ?? partyOf(sentence.slice(0, speech.index));
  if (!party) return undefined;
  return { ...reading, saidBy: party, ...(last ? { sayer: last.surface } : {}) };
}

export function findClaims(
  text: string,
  sentences: readonly Segment[],
  places: readonly PlaceMention[],
  parties: readonly PartyMention[],
): ActionFound[] {
  const out: ActionFound[] = [];
  for (const s of sentences) {
    const reading = readSentence(text, s, places, parties);
    if (!reading) continue;
    reading.verbs.forEach((verb, i) => {
      const action = actionOfVerb(reading, verb, i);
      if (action) out.push(action);
    });
  }
  return out;
}

/** The story's claim kind for an action that is a claim (control, or an aim); events carry the rest. */
export const claimKindOf = (kind: ActionKind): ClaimKind | undefined =>
  kind === 'controls' ? 'controls' : kind === 'aims-to-take' ? 'aims-to-take' : undefined;
