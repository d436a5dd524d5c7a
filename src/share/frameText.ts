import { intervalAt } from '../control/intervalAt';
import { layerLabel } from '../control/kindName';
import { asOf, type ControlIndex } from '../control/layerFormat';
import { claimsAt, type Day, type Story } from '../story';
import { claimWords } from '../i18n/claimWords';
import type { Locale } from '../i18n/locale';

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
export function layerDayText(index: ControlIndex, day: Day, locale: Locale): LayerDayText {
  const { exports: words } = locale.t;
  const label = layerLabel(index, locale.t.layers);
  const interval = intervalAt(index.intervals, day);
  if (!interval) return { label, state: words.unknownLayer, known: false, suspect: false };
  const suspect = interval.suspect === true;
  const state = `${words.asOf(locale.day(asOf(interval, day)))}${suspect ? words.suspect : ''}`;
  return { label, state, known: true, suspect };
}

/**
 * The story's latest claim in force on `day`, in one line with its places named ("Luhansk
 * Oblast: Russia says it controls all of it (from 3 July 2022)"); unknown outside the story.
 */
export function claimLine(story: Story, day: Day, locale: Locale): string {
  const { exports: words } = locale.t;
  if (day > story.period.to) return words.storyEnds(locale.day(story.period.to));
  if (day < story.period.from) return words.storyStarts(locale.day(story.period.from));
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
  if (!latest) return words.noClaim;
  const places = (latest.places ?? [])
    .map((id) => {
      const place = story.placeById.get(id);
      return place ? locale.place(place) : id;
    })
    .join(', ');
  return `${places ? `${places}: ` : ''}${words.claimFrom(claimWords(story, latest, locale), locale.day(latest.from))}`;
}

/** Everything written into the frame of `day`. */
export function frameText(
  story: Story,
  layers: readonly ControlIndex[],
  day: Day,
  locale: Locale,
): FrameText {
  return {
    title: story.title,
    date: locale.day(day),
    claim: claimLine(story, day, locale),
    layers: layers.map((index) => layerDayText(index, day, locale)),
  };
}
