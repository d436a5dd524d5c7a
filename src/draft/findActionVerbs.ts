/** The verbs of taking, holding, aiming at and withdrawing from a place in one sentence. */
export type ActionKind = 'controls' | 'took' | 'withdrew' | 'aims-to-take';

/** A verb found, with its offsets in the sentence. */
export interface ActionVerb {
  kind: ActionKind;
  at: number;
  end: number;
  words: string;
}

// The first kind wins an overlap: "retake control of" is an aim, not control.
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

/** The sentence's action verbs in order, none overlapping another. */
export function findActionVerbs(sentence: string): ActionVerb[] {
  const verbs: ActionVerb[] = [];
  for (const [kind, re] of ACTIONS) {
    for (const m of sentence.matchAll(re)) {
      if (verbs.some((v) => m.index < v.end && m.index + m[0].length > v.at)) continue;
      verbs.push({ kind, at: m.index, end: m.index + m[0].length, words: m[0] });
    }
  }
  return verbs.sort((a, b) => a.at - b.at);
}
