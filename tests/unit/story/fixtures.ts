/** Shared test data: the shipped files, and a small valid story each mistake test breaks in one place. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawPlacesFile, RawStory } from '../../../src/story/types.ts';
import type { PlaceRef } from '../../../src/story/validateStory.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export function readRepoJson(file: string): unknown {
  return JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as unknown;
}

export const shippedPlaces = readRepoJson('geo/places.json') as RawPlacesFile;
export const shippedStoryJson = (): RawStory =>
  readRepoJson('geo/stories/luhansk-july-2022.json') as RawStory;
export const placeRefs: PlaceRef[] = shippedPlaces.places.map(({ id, kind }) => ({ id, kind }));

/** A fresh, valid, minimal story (tests mutate their copy). */
export function validStory(): RawStory {
  return {
    title: 'Test story',
    period: { from: '2022-02-24', to: '2022-07-04' },
    parties: [
      { id: 'ru', name: 'Russia', status: 'state', description: 'Russia.' },
      { id: 'ua', name: 'Ukraine', status: 'state', description: 'Ukraine.' },
      { id: 'lpr', name: "Luhansk People's Republic", status: 'self-proclaimed', description: 'LPR.' },
    ],
    sources: [
      { id: 'article', kind: 'article', publisher: 'Test', title: 'Test article', date: '2022-07-04' },
    ],
    claims: [
      {
        id: 'ru-luhansk-control',
        party: 'ru',
        kind: 'controls',
        places: ['luhansk-oblast'],
        from: '2022-07-03',
        source: 'article',
      },
    ],
    control: [
      {
        id: 'lysychansk-ua',
        place: 'lysychansk',
        controller: 'ua',
        from: '2022-02-24',
        to: '2022-07-02',
        source: 'article',
      },
      { id: 'lysychansk-ru', place: 'lysychansk', controller: 'ru', from: '2022-07-03', source: 'article' },
    ],
    events: [
      {
        id: 'invasion',
        day: '2022-02-24',
        title: 'Russia invades Ukraine',
        places: ['kyiv'],
        source: 'article',
      },
    ],
    quotes: [
      {
        id: 'zelensky-we-will-return',
        speaker: 'Volodymyr Zelensky',
        role: 'President of Ukraine',
        text: 'That we will return',
        saidOn: '2022-07-03',
        reportedOn: '2022-07-04',
        reportedBy: 'article',
        source: 'article',
        places: ['lysychansk'],
      },
    ],
  };
}

/** A closed square around Lysychansk, valid as a claim geometry. */
export const square = (): [number, number][][] => [
  [
    [38.3, 48.8],
    [38.5, 48.8],
    [38.5, 49.0],
    [38.3, 49.0],
    [38.3, 48.8],
  ],
];
