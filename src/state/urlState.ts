import type { Story } from '../story/index.ts';
import { isDay, type Day } from '../story/day.ts';
import { shortText } from '../story/shortText.ts';

/** What a link can say: `?date=2022-07-03&compare=2022-06-24&city=lysychansk&embed=1`. */
export interface UrlState {
  day: string;
  /** The second day, which the day shown is compared with (null: no comparison). */
  compare: string | null;
  city: string | null;
  embed: boolean;
}

export interface UrlContext {
  /** First and last day the timeline reaches. */
  range: readonly [string, string];
  /** Ids of places that can be selected. */
  places: ReadonlySet<string>;
  defaults: UrlState;
}

/** What a link to this story can name: days on its timeline, its places; by default its last day. */
export function storyUrlContext(story: Story, range: readonly [Day, Day]): UrlContext {
  const defaults: UrlState = { day: story.period.to, compare: null, city: null, embed: false };
  return { range, places: new Set(story.places.map((p) => p.id)), defaults };
}

/** What the page says, once, above the problems `readUrlState` found. */
export const LINK_PROBLEMS = 'Part of this link could not be used, so the page shows its defaults instead:';

/** A value from the address bar, shortened and stripped of controls, for a message to the reader. */
export function quoteForReader(value: string): string {
  return shortText(value.replace(/[\p{Cc}\p{Cf}]/gu, ''), 40);
}

/**
 * Reads the query string. Anything unusable falls back to the default, what is valid is kept, and
 * each problem is reported once so the page can tell the reader. It never throws.
 */
export function readUrlState(search: string, context: UrlContext): { state: UrlState; problems: string[] } {
  const params = new URLSearchParams(search.length > 4000 ? search.slice(0, 4000) : search);
  const problems: string[] = [];
  const state: UrlState = { ...context.defaults };

  state.day = firstDay(params.getAll('date'), context.range, problems, 'date') ?? state.day;
  state.compare =
    firstDay(params.getAll('compare'), context.range, problems, 'comparison day') ?? state.compare;

  const cities = params.getAll('city');
  const [firstCity] = cities;
  if (firstCity !== undefined) {
    const valid = cities.find((c) => context.places.has(c));
    if (valid !== undefined) state.city = valid;
    else problems.push(`“${quoteForReader(firstCity)}” is not a place in this story.`);
  }

  const embed = params.get('embed');
  if (embed !== null) state.embed = embed === '1' || embed === 'true';

  return { state, problems };
}

/**
 * The first of `days` on the timeline, or undefined; a link whose days are all unusable, or that
 * names more than one, is reported once (`what` names the day: "date", "comparison day").
 */
function firstDay(
  days: readonly string[],
  [first, last]: readonly [string, string],
  problems: string[],
  what: string,
): string | undefined {
  const [head] = days;
  if (head === undefined) return undefined;
  const valid = days.find((d) => isDay(d) && d >= first && d <= last);
  const shown = quoteForReader(head);
  if (valid === undefined)
    problems.push(
      isDay(head)
        ? `The ${what} ${shown} is outside the timeline (${first} to ${last}).`
        : `“${shown}” is not a ${what}; dates look like 2022-07-03.`,
    );
  else if (days.length > 1)
    problems.push(`The link names more than one ${what}; the first valid one is shown.`);
  return valid;
}

/** The query string for a state; defaults are left out so the plain URL stays plain. */
export function writeUrlState(state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams();
  if (state.day !== defaults.day) params.set('date', state.day);
  if (state.compare) params.set('compare', state.compare);
  if (state.city) params.set('city', state.city);
  if (state.embed) params.set('embed', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}
