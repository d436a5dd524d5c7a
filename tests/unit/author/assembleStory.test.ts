import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleStory } from '../../../src/author/assembleStory.ts';
import {
  authorDraft,
  authorReducer,
  type AuthorAction,
  type AuthorDraft,
} from '../../../src/author/authorDraft.ts';
import { draftStory } from '../../../src/draft/index.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import { checkDraft, validateStory } from '../../../src/story/validateStory.ts';
import { placeRefs, shippedPlaces } from '../story/fixtures.ts';
import { tables } from '../draft/tables.ts';
import { sampleStory } from './sample.ts';

const apply = (draft: AuthorDraft, actions: AuthorAction[]) => actions.reduce(authorReducer, draft);
const acceptAll = (draft: AuthorDraft) =>
  apply(
    draft,
    draft.items.map(({ collection, id }) => ({ type: 'accept', collection, id, accepted: true })),
  );

describe('assembleStory', () => {
  const fresh = authorDraft(sampleStory());

  it('gives back the drafted story as it was while nothing is changed', () => {
    expect(assembleStory(fresh)).toEqual(sampleStory());
  });

  it('settles an open field the editor fills in, and keeps the others open', () => {
    const story = assembleStory(
      apply(fresh, [
        { type: 'edit', collection: 'quotes', id: 'shoigu-liberated', field: 'saidOn', value: '2022-07-03' },
      ]),
    );
    expect(story.draft?.open.map((o) => `${o.id}.${o.field}`)).toEqual([
      'zelensky-we-will-return.places',
      'ru-took-sievierodonetsk.day',
    ]);
    expect(checkDraft(story, placeRefs, { file: 'draft' }).errors).toEqual([]);
  });

  it('leaves out a deleted item with its evidence and open items, and the period follows the days left', () => {
    const story = assembleStory(
      apply(fresh, [
        { type: 'delete', collection: 'quotes', id: 'zelensky-we-will-return' },
        { type: 'delete', collection: 'claims', id: 'ua-aims-to-take-lysychansk' },
        { type: 'delete', collection: 'places', id: 'bilovodsk' },
        {
          type: 'edit',
          collection: 'quotes',
          id: 'shoigu-liberated',
          field: 'places',
          value: 'sievierodonetsk',
        },
      ]),
    );
    expect(story.quotes.map((q) => q.id)).toEqual(['shoigu-liberated']);
    expect(story.claims).toEqual([]);
    expect(story.places).toBeUndefined();
    expect(story.draft?.evidence.some((e) => ['zelensky-we-will-return', 'bilovodsk'].includes(e.id))).toBe(
      false,
    );
    expect(story.draft?.open.some((o) => o.id === 'zelensky-we-will-return')).toBe(false);
    // Sunday 3 July was the deleted claim's and quote's day; what is left starts on the publication day.
    expect(story.period).toEqual({ from: '2022-07-04', to: '2022-07-04' });
  });

  it('makes an accepted item answer for its missing fields: the check names them as mistakes', () => {
    const story = assembleStory(
      apply(fresh, [{ type: 'accept', collection: 'quotes', id: 'shoigu-liberated', accepted: true }]),
    );
    expect(story.draft?.open.some((o) => o.id === 'shoigu-liberated')).toBe(false);
    expect(checkDraft(story, placeRefs, { file: 'draft' }).errors).toEqual([
      'draft: quote "shoigu-liberated": saidOn (missing) is required',
    ]);
  });

  it('drops the draft block once every item is accepted and nothing is open: a reviewed story that loads', () => {
    const settled = apply(fresh, [
      {
        type: 'edit',
        collection: 'quotes',
        id: 'zelensky-we-will-return',
        field: 'places',
        value: 'lysychansk',
      },
      { type: 'edit', collection: 'quotes', id: 'shoigu-liberated', field: 'saidOn', value: '2022-07-03' },
      {
        type: 'edit',
        collection: 'events',
        id: 'ru-took-sievierodonetsk',
        field: 'day',
        value: '2022-07-03',
      },
    ]);
    expect(assembleStory(settled).draft).toBeDefined();
    const story = assembleStory(acceptAll(settled));
    expect(story.draft).toBeUndefined();
    expect(validateStory(story, placeRefs)).toEqual([]);
    expect(loadStory(shippedPlaces, story).placeById.get('bilovodsk')?.coordinates).toHaveLength(2);
  });
});

const ARTICLE = fileURLToPath(new URL('../../../../shared/article.txt', import.meta.url));

describe('the seed article through the page', () => {
  it('gives a draft that passes the check, and, every open field filled and every item accepted, a reviewed story', () => {
    expect(existsSync(ARTICLE), `the article is missing: ${ARTICLE}`).toBe(true);
    const { story } = draftStory(
      readFileSync(ARTICLE, 'utf8'),
      { published: '2022-07-04', outlet: 'Reuters' },
      tables,
    );
    let draft = authorDraft(story);
    expect(checkDraft(assembleStory(draft), placeRefs).errors).toEqual([]);
    const fill: Record<string, string> = {
      saidOn: '2022-07-03',
      role: 'Ukrainian military',
      places: 'luhansk-oblast',
      day: '2022-07-03',
    };
    for (const open of story.draft!.open)
      draft = authorReducer(draft, {
        type: 'edit',
        collection: open.collection as 'quotes',
        id: open.id,
        field: open.field,
        value: fill[open.field] ?? '',
      });
    const reviewed = assembleStory(acceptAll(draft));
    expect(reviewed.draft).toBeUndefined();
    expect(validateStory(reviewed, placeRefs)).toEqual([]);
    expect(reviewed.quotes).toHaveLength(7);
  });
});
