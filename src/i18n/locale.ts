import { dayToUtcMs, type Day } from '../story/day';
import type { Story } from '../story/types';
import type { Messages } from './en';
import type { Lang } from './lang';

/** A party's name in the forms a sentence needs: as subject, short, and after "of" (genitive). */
export type PartyForm = 'name' | 'short' | 'of';

/**
 * The page's language as the views use it: its messages, and days, numbers and names written as a
 * reader of it writes them (Intl with the messages' locale tag: "3 July 2022", "3 липня 2022 р.").
 * Text builders take it as an argument, so they stay pure and are tested in node.
 */
export interface Locale {
  readonly lang: Lang;
  readonly t: Messages;
  /** A day in words: "3 July 2022". */
  day(day: Day): string;
  /** A day without its year, where the year is said beside it: "24 June". */
  dayInYear(day: Day): string;
  /** A number with the language's separators, to `digits` decimals at most. */
  number(value: number, digits?: number): string;
  /** A month's short name and a year, for the timeline's axis. */
  month(date: Date, withYear: boolean): string;
  /** A place's name in the page's language (the places table has en, uk and ru). */
  place(place: {
    readonly names: { readonly en: string; readonly uk?: string; readonly ru?: string };
  }): string;
  /**
   * A party's name: the messages' where they have it (every party of the site's stories, in uk and
   * ru), else the story's own, which is written in English.
   */
  party(story: Pick<Story, 'partyById'>, id: string, form?: PartyForm): string;
}

/** The locale for a language and its messages. */
export function localeOf(lang: Lang, t: Messages): Locale {
  const days = new Intl.DateTimeFormat(t.tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const daysInYear = new Intl.DateTimeFormat(t.tag, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(t.tag, { month: 'short', timeZone: 'UTC' });
  const monthYears = new Intl.DateTimeFormat(t.tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const numbers = new Map<number, Intl.NumberFormat>();
  return {
    lang,
    t,
    day: (day) => days.format(dayToUtcMs(day)),
    dayInYear: (day) => daysInYear.format(dayToUtcMs(day)),
    number(value, digits = 0) {
      let format = numbers.get(digits);
      if (!format)
        numbers.set(digits, (format = new Intl.NumberFormat(t.tag, { maximumFractionDigits: digits })));
      return format.format(value);
    },
    month: (date, withYear) => (withYear ? monthYears : months).format(date),
    place: (place) => place.names[lang] ?? place.names.en,
    party(story, id, form = 'name') {
      const words = t.parties[id];
      if (words) return words[form];
      const party = story.partyById.get(id);
      if (!party) return id;
      return form === 'short' ? (party.shortName ?? party.name) : party.name;
    },
  };
}
