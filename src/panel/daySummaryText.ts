import { claimWords } from '../i18n/claimWords';
import type { Locale } from '../i18n/locale';
import { claimsAt, holdingAt, type Day, type Story } from '../story';

export interface DaySummary {
  heading: string;
  /** One line per oblast: the claims in force, in words. */
  oblasts: { id: string; name: string; text: string }[];
  /** Cities grouped by who the story says held them; `unknown` where it does not say. */
  cities: { holder: string; names: string[] }[];
}

/** "What is claimed on this date", in words, so the state is readable without the map. */
export function daySummaryText(story: Story, day: Day, locale: Locale): DaySummary {
  const { t } = locale;
  const heading = locale.day(day);
  if (day > story.period.to) {
    return {
      heading,
      oblasts: [
        { id: '', name: t.summary.afterStory, text: t.summary.storyEnds(locale.day(story.period.to)) },
      ],
      cities: [],
    };
  }
  const inForce = claimsAt(story, day);
  const oblasts = story.places
    .filter((p) => p.kind === 'oblast')
    .map((oblast) => {
      const claims = inForce.filter((c) => c.places?.includes(oblast.id) === true);
      const text = claims.length
        ? `${claims.map((c) => claimWords(story, c, locale)).join('; ')}.`
        : t.summary.noClaim;
      return { id: oblast.id, name: locale.place(oblast), text };
    });
  const groups = new Map<string, string[]>();
  for (const city of story.places.filter((p) => p.kind === 'city')) {
    const holder = holdingAt(story, city.id, day)?.controller;
    const label = holder ? t.summary.heldBy(locale.party(story, holder)) : t.summary.notKnown;
    groups.set(label, [...(groups.get(label) ?? []), locale.place(city)]);
  }
  const cities = [...groups].map(([holder, names]) => ({ holder, names }));
  const unknown = (holder: string) => Number(holder === t.summary.notKnown);
  cities.sort((a, b) => unknown(a.holder) - unknown(b.holder));
  return { heading, oblasts, cities };
}
