import { describe, expect, it } from 'vitest';
import { assembleStory } from '../../../src/author/assembleStory.ts';
import { authorDraft, authorReducer } from '../../../src/author/authorDraft.ts';
import { checkMessages, namesItem, readMessage } from '../../../src/author/checkMessages.ts';
import { previewStory } from '../../../src/author/previewStory.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import { checkDraft } from '../../../src/story/validateStory.ts';
import { placeRefs, shippedPlaces } from '../story/fixtures.ts';
import { sampleStory } from './sample.ts';

describe('readMessage', () => {
  it('reads the item, its field and the words of a story error', () => {
    expect(
      readMessage('draft: quote "q-1": places[1] (lisichansk) is not a place id', 'draft', 'error'),
    ).toEqual({
      severity: 'error',
      text: 'quote "q-1": places[1] (lisichansk) is not a place id',
      collection: 'quotes',
      id: 'q-1',
      path: 'places[1]',
      field: 'places',
    });
  });

  it('reads an item named by position, a nested field, an open item, and a line about the story', () => {
    expect(readMessage('draft: claim #3: kind (x) must be one of: claims', 'draft', 'error')).toMatchObject({
      collection: 'claims',
      index: 2,
      field: 'kind',
    });
    expect(readMessage('draft: place "p": names.uk (missing) is required', 'draft', 'error')).toMatchObject({
      path: 'names.uk',
      field: 'names',
    });
    expect(readMessage('draft: quote "q": saidOn is open: no day', 'draft', 'open')).toMatchObject({
      severity: 'open',
      id: 'q',
      field: 'saidOn',
    });
    const top = readMessage(
      'draft: period.to (2022-07-01) is before period.from (2022-07-03)',
      'draft',
      'error',
    );
    expect(top).toEqual({
      severity: 'error',
      text: 'period.to (2022-07-01) is before period.from (2022-07-03)',
      path: 'period.to',
      field: 'period',
    });
  });

  it('matches an id the message cut short by its start', () => {
    const long = `a${'-b'.repeat(40)}`;
    const message = readMessage(
      `draft: quote "${long.slice(0, 59)}…": role (missing) is required`,
      'draft',
      'error',
    );
    expect(namesItem(message, 'quotes', long, 0)).toBe(true);
    expect(namesItem(message, 'quotes', 'a-c', 0)).toBe(false);
    expect(namesItem(message, 'claims', long, 0)).toBe(false);
  });
});

describe('the check of an edited draft, sorted and previewed', () => {
  const edited = authorReducer(authorDraft(sampleStory()), {
    type: 'edit',
    collection: 'claims',
    id: 'ua-aims-to-take-lysychansk',
    field: 'places',
    value: 'lysychansk, atlantis',
  });
  const story = assembleStory(edited);
  const messages = checkMessages(checkDraft(story, placeRefs, { file: 'draft' }), 'draft');

  it('puts each line under the item and field it names', () => {
    const claim = messages.filter((m) => namesItem(m, 'claims', 'ua-aims-to-take-lysychansk', 0));
    expect(claim.map((m) => [m.severity, m.field])).toEqual([['error', 'places']]);
    expect(
      messages.filter((m) => m.severity === 'open').map((m) => `${m.collection}/${m.id}.${m.field}`),
    ).toEqual([
      'quotes/zelensky-we-will-return.places',
      'quotes/shoigu-liberated.saidOn',
      'events/ru-took-sievierodonetsk.day',
    ]);
  });

  it('previews the story without the items the check names, as a story the app loads', () => {
    const preview = previewStory(story, messages)!;
    expect(preview.draft).toBeUndefined();
    expect(preview.claims).toEqual([]);
    expect(preview.quotes.map((q) => q.id)).toEqual([]);
    expect(preview.events.map((e) => e.id)).toEqual(['ru-took-lysychansk']);
    expect(loadStory(shippedPlaces, preview).events).toHaveLength(1);
  });

  it('previews nothing while a mistake lies outside the items', () => {
    const broken = { ...story, period: { from: '2022-07-05', to: '2022-07-01' } };
    expect(
      previewStory(broken, checkMessages(checkDraft(broken, placeRefs, { file: 'draft' }), 'draft')),
    ).toBeNull();
  });
});
