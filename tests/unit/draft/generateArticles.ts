/**
 * Articles with known truth, for measuring the drafter: written from templates by a seeded random
 * generator, with every quote form (straight, curly, « », „“, partial), speakers named in full, by
 * title and surname, by pronoun or not at all (a follow-up quote), relative days ("on Sunday",
 * "yesterday", "last month" is left out: it has no single day) and place spelling variants.
 */
import { mulberry32 } from '../../../scripts/mulberry32.ts';
import { MONTHS } from '../../../src/story/formatDay.ts';
import { addDays } from '../../../src/story/day.ts';

export interface TruthQuote {
  text: string;
  speaker: string;
  saidOn: string;
}

export interface GeneratedArticle {
  text: string;
  published: string;
  quotes: TruthQuote[];
  /** Place ids of the places the article names. */
  places: string[];
}

const PEOPLE = [
  { name: 'Volodymyr Zelensky', title: 'Ukrainian President', short: 'President', he: true },
  { name: 'Serhiy Haidai', title: 'Luhansk regional governor', short: 'Governor', he: true },
  { name: 'Dmitry Peskov', title: 'Kremlin spokesman', short: 'Mr', he: true },
  { name: 'Sergei Shoigu', title: 'Russian Defence Minister', short: 'Minister', he: true },
  { name: 'Pavlo Kyrylenko', title: 'Donetsk governor', short: 'Governor', he: true },
  { name: 'Hanna Maliar', title: 'Ukrainian Deputy Defence Minister', short: 'Ms', he: false },
];

/** Spelling variants of places, with the place id the drafter must find. */
const PLACES: [string, string][] = [
  ['Sievierodonetsk', 'sievierodonetsk'],
  ['Severodonetsk', 'sievierodonetsk'],
  ['Syevyerodonetsk', 'sievierodonetsk'],
  ['Sievierdonetsk', 'sievierodonetsk'],
  ['Lysychansk', 'lysychansk'],
  ['Lisichansk', 'lysychansk'],
  ['Bakhmut', 'bakhmut'],
  ['Artemivsk', 'bakhmut'],
  ['Artyomovsk', 'bakhmut'],
  ['Kramatorsk', 'kramatorsk'],
  ['Slavyansk', 'sloviansk'],
  ['Avdiivka', 'avdiivka'],
  ['Avdeyevka', 'avdiivka'],
  ['Soledar', 'soledar'],
  ['Popasna', 'popasna'],
  ['Rubizhne', 'rubizhne'],
  ['Kreminna', 'kreminna'],
  ['Siversk', 'siversk'],
  ['Vuhledar', 'vuhledar'],
  ['Marinka', 'maryinka'],
  ['Maryinka', 'maryinka'],
  ['Luhansk region', 'luhansk-oblast'],
  ['Lugansk region', 'luhansk-oblast'],
  ['Donetsk region', 'donetsk-oblast'],
];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SUBJECTS = [
  'Our troops',
  'The enemy',
  'Every soldier',
  'The front',
  'Our people',
  'The situation',
  'The army',
];
const VERBS = [
  'will hold',
  'cannot break',
  'is defending',
  'will not give up',
  'keeps pressing on',
  'has stabilised',
];
const ENDS = ['every street', 'the line', 'the heights', 'the last metre', 'the supply roads', 'the bridges'];

export function generateArticle(seed: number): GeneratedArticle {
  const r = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const published = addDays('2022-03-01', Math.floor(r() * 900));
  const weekdayOf = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
  /** A day before publication and the words that name it. */
  const when = (): [string, string] => {
    const back = 1 + Math.floor(r() * 6);
    const day = addDays(published, -back);
    const form = r();
    if (form < 0.5) return [`on ${WEEKDAYS[weekdayOf(day)]}`, day];
    if (form < 0.7) return ['yesterday', addDays(published, -1)];
    const [, m, d] = day.split('-').map(Number);
    return [`on ${MONTHS[(m ?? 1) - 1]} ${d}`, day];
  };
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(ENDS)}`;
  const paragraphs: string[] = [];
  const quotes: TruthQuote[] = [];
  const places = new Set<string>();
  const place = () => {
    const [spelling, id] = pick(PLACES);
    places.add(id);
    return spelling;
  };

  paragraphs.push(`Fighting for ${place()} goes on`);
  const people = [...PEOPLE].sort(() => r() - 0.5).slice(0, 2 + Math.floor(r() * 2));
  for (const person of people) {
    const surname = person.name.split(' ').pop() ?? '';
    const [words, day] = when();
    paragraphs.push(`${person.title} ${person.name} ${words} spoke about ${place()}.`);
    // A regional title names its oblast.
    if (person.title.startsWith('Luhansk')) places.add('luhansk-oblast');
    if (person.title.startsWith('Donetsk')) places.add('donetsk-oblast');
    const count = 1 + Math.floor(r() * 3);
    for (let i = 0; i < count; i++) {
      const text = sentence();
      const form = i === 0 ? Math.floor(r() * 5) : 5 + Math.floor(r() * 2);
      const q: TruthQuote = { text, speaker: person.name, saidOn: day };
      switch (form) {
        case 0:
          paragraphs.push(
            `"${text}," ${person.short} ${surname} said, adding that ${place()} was under fire.`,
          );
          break;
        case 1:
          paragraphs.push(`“${text},” said ${person.title} ${person.name}.`);
          break;
        case 2:
          paragraphs.push(`${surname} said: «${text}».`);
          break;
        case 3:
          paragraphs.push(`${surname} wrote: „${text}“.`);
          break;
        default:
          paragraphs.push(
            `${surname} said the situation near ${place()} "${text}" according to the latest reports.`,
          );
      }
      if (form === 5)
        paragraphs.push(`"${sentence().replace(/^./, (c) => c)}," ${person.he ? 'he' : 'she'} said.`);
      else if (form === 6) paragraphs.push(`"${sentence()}."`);
      quotes.push(q);
      if (form >= 5) {
        const follow = paragraphs[paragraphs.length - 1] ?? '';
        const followText = /^"(.*?),?"/.exec(follow)?.[1]?.replace(/[.,]$/, '') ?? '';
        quotes.push({
          text: follow.endsWith('."') ? `${followText}.` : followText,
          speaker: person.name,
          saidOn: day,
        });
      }
    }
  }
  return { text: paragraphs.join('\n'), published, quotes, places: [...places] };
}
