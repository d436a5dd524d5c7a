import type { Story } from '../story/index.ts';
import { isDay, type Day } from '../story/day.ts';
import { shortText } from '../story/shortText.ts';

/** What a link can say: `?date=2022-07-03&city=lysychansk&embed=1`. */
export interface UrlState {
  day: string;
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
  const defaults: UrlState = { day: story.period.to, city: null, embed: false };
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

  const dates = params.getAll('date');
  const [firstDate] = dates;
  if (firstDate !== undefined) {
    const [first, last] = context.range;
    const valid = dates.find((d) => isDay(d) && d >= first && d <= last);
    if (valid !== undefined) state.day = valid;
    else {
      const shown = quoteForReader(firstDate);
      problems.push(
        isDay(firstDate)
          ? `The date ${shown} is outside the timeline (${first} to ${last}).`
          : `“${shown}” is not a date; dates look like 2022-07-03.`,
      );
    }
    if (dates.length > 1 && valid !== undefined)
      problems.push('The link names more than one date; the first valid one is shown.');
  }

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

/** The query string for a state; defaults are left out so the plain URL stays plain. */
export function writeUrlState(state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams();
  if (state.day !== defaults.day) params.set('date', state.day);
  if (state.city) params.set('city', state.city);
  if (state.embed) params.set('embed', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}
