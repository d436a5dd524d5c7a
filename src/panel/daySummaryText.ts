import { claimsAt, holdingAt, type Day, type Story } from '../story';
import { claimText } from '../story/claimText';
import { formatDay } from '../story/formatDay';

export interface DaySummary {
  heading: string;
  /** One line per oblast: the claims in force, in words. */
  oblasts: { id: string; name: string; text: string }[];
  /** Cities grouped by who the story says held them; `unknown` where it does not say. */
  cities: { holder: string; names: string[] }[];
}

/** "What is claimed on this date", in words, so the state is readable without the map. */
export function daySummaryText(story: Story, day: Day): DaySummary {
  const heading = formatDay(day);
  if (day > story.period.to) {
    return {
      heading,
      oblasts: [
        {
          id: '',
          name: 'After the story',
          text: `This story ends on ${formatDay(story.period.to)} and says nothing about later days.`,
        },
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
        ? `${claims.map((c) => claimText(story, c)).join('; ')}.`
        : 'No claim recorded.';
      return { id: oblast.id, name: oblast.names.en, text };
    });
  const groups = new Map<string, string[]>();
  for (const city of story.places.filter((p) => p.kind === 'city')) {
    const holder = holdingAt(story, city.id, day)?.controller;
    const label = holder ? `Held by ${story.partyById.get(holder)?.name ?? holder}` : 'Not known';
    groups.set(label, [...(groups.get(label) ?? []), city.names.en]);
  }
  const cities = [...groups].map(([holder, names]) => ({ holder, names }));
  cities.sort((a, b) => Number(a.holder === 'Not known') - Number(b.holder === 'Not known'));
  return { heading, oblasts, cities };
}
