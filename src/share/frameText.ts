import { intervalAt } from '../control/intervalAt';
import { layerLabel } from '../control/kindName';
import { asOf, type ControlIndex } from '../control/layerFormat';
import { claimsAt, type Day, type Story } from '../story';
import { claimText } from '../story/claimText';
import { formatDay } from '../story/formatDay';
// Not translated yet (README, "In Ukrainian and Russian"): these words are English's.
import { en } from '../i18n/en';

/** What one imported layer says on the day drawn, in words. */
export interface LayerDayText {
  label: string;
  /** "as of 2 July 2022", "unknown: no snapshot covers this day", with the suspect mark. */
  state: string;
  known: boolean;
  suspect: boolean;
}

/** The words drawn into an exported picture or frame, all for the one day drawn. */
export interface FrameText {
  title: string;
  /** The day drawn, spelt out. */
  date: string;
  /** The story's word on the day, in one line; says so where the story knows nothing of it. */
  claim: string;
  layers: LayerDayText[];
}

/** What a layer shows on `day`: its interval's snapshot day, or unknown where no interval covers it. */
export function layerDayText(index: ControlIndex, day: Day): LayerDayText {
  const label = layerLabel(index, en.layers);
  const interval = intervalAt(index.intervals, day);
  if (!interval)
    return { label, state: 'unknown: no snapshot covers this day', known: false, suspect: false };
  const suspect = interval.suspect === true;
  const state = `as of ${formatDay(asOf(interval, day))}${suspect ? ' (suspect: the source changed and changed back)' : ''}`;
  return { label, state, known: true, suspect };
}

/**
 * The story's latest claim in force on `day`, in one line with its places named ("Luhansk
 * Oblast: Russia says it controls all of it (from 3 July 2022)"); unknown outside the story.
 */
export function claimLine(story: Story, day: Day): string {
  if (day > story.period.to)
    return `Unknown: the story ends on ${formatDay(story.period.to)} and says nothing about this day`;
  if (day < story.period.from)
    return `Unknown: the story starts on ${formatDay(story.period.from)} and says nothing about this day`;
  const inForce = claimsAt(story, day);
  const latest = inForce.reduce<(typeof inForce)[number] | undefined>(
    // The newest; on a tie, a claim of control before a vow or a recognition.
    (last, claim) =>
      !last ||
      claim.from > last.from ||
      (claim.from === last.from && claim.kind === 'controls' && last.kind !== 'controls')
        ? claim
        : last,
    undefined,
  );
  if (!latest) return 'No claim recorded in the story for this day';
  const places = (latest.places ?? []).map((id) => story.placeById.get(id)?.names.en ?? id).join(', ');
  return `${places ? `${places}: ` : ''}${claimText(story, latest)} (from ${formatDay(latest.from)})`;
}

/** Everything written into the frame of `day`. */
export function frameText(story: Story, layers: readonly ControlIndex[], day: Day): FrameText {
  return {
    title: story.title,
    date: formatDay(day),
    claim: claimLine(story, day),
    layers: layers.map((index) => layerDayText(index, day)),
  };
}
