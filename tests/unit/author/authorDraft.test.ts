import { describe, expect, it } from 'vitest';
import { authorDraft, authorReducer, type AuthorDraft } from '../../../src/author/authorDraft.ts';
import { editField, fieldText } from '../../../src/author/editField.ts';
import { sampleStory } from './sample.ts';

const item = (draft: AuthorDraft, key: string) => draft.items.find((i) => `${i.collection}/${i.id}` === key);

describe('editField', () => {
  it('sets a text field, trimmed, and leaves the field out when its text is empty', () => {
    const quote = { id: 'q', speaker: 'Mr X', role: 'spokesman' };
    expect(editField(quote, 'speaker', '  Dmitry Peskov ')).toEqual({
      id: 'q',
      speaker: 'Dmitry Peskov',
      role: 'spokesman',
    });
    expect(editField(quote, 'role', '   ')).toEqual({ id: 'q', speaker: 'Mr X' });
    expect(quote).toEqual({ id: 'q', speaker: 'Mr X', role: 'spokesman' });
  });

  it('keeps the fields in their order, so the file reads as drafted', () => {
    expect(Object.keys(editField({ id: 'q', speaker: 'a', role: 'b' }, 'speaker', 'c'))).toEqual([
      'id',
      'speaker',
      'role',
    ]);
  });

  it('reads a list of places from comma-separated ids, an empty text as an empty list', () => {
    expect(editField({ places: ['a'] }, 'places', 'lysychansk, , sievierodonetsk ', 'quotes')).toEqual({
      places: ['lysychansk', 'sievierodonetsk'],
    });
    expect(editField({ places: ['a'] }, 'places', '', 'quotes')).toEqual({ places: [] });
    expect(fieldText(['lysychansk', 'sievierodonetsk'])).toBe('lysychansk, sievierodonetsk');
  });

  it('sets a nested field by its dotted path, keeping its siblings', () => {
    const place = { id: 'p', names: { en: 'Bilovodsk', uk: 'Біловодськ' } };
    expect(editField(place, 'names.ru', 'Беловодск', 'places')).toEqual({
      id: 'p',
      names: { en: 'Bilovodsk', uk: 'Біловодськ', ru: 'Беловодск' },
    });
    expect(editField(place, 'names.uk', '', 'places')).toEqual({ id: 'p', names: { en: 'Bilovodsk' } });
  });
});

describe('authorReducer', () => {
  const fresh = authorDraft(sampleStory());

  it('starts with every drafted quote, claim, event and added place, none accepted', () => {
    expect(fresh.items.map((i) => `${i.collection}/${i.id}`)).toEqual([
      'quotes/zelensky-we-will-return',
      'quotes/shoigu-liberated',
      'claims/ua-aims-to-take-lysychansk',
      'events/ru-took-lysychansk',
      'events/ru-took-sievierodonetsk',
      'places/bilovodsk',
    ]);
    expect(fresh.items.every((i) => !i.accepted)).toBe(true);
  });

  it('edits one field of one item and leaves the draft it was given as it was', () => {
    const next = authorReducer(fresh, {
      type: 'edit',
      collection: 'quotes',
      id: 'zelensky-we-will-return',
      field: 'role',
      value: 'President of Ukraine',
    });
    expect(item(next, 'quotes/zelensky-we-will-return')?.value.role).toBe('President of Ukraine');
    expect(item(fresh, 'quotes/zelensky-we-will-return')?.value.role).toBe('Ukrainian President');
    expect(item(next, 'quotes/shoigu-liberated')).toBe(item(fresh, 'quotes/shoigu-liberated'));
  });

  it('accepts an item and takes the acceptance back', () => {
    const accepted = authorReducer(fresh, {
      type: 'accept',
      collection: 'claims',
      id: 'ua-aims-to-take-lysychansk',
      accepted: true,
    });
    expect(item(accepted, 'claims/ua-aims-to-take-lysychansk')?.accepted).toBe(true);
    const back = authorReducer(accepted, {
      type: 'accept',
      collection: 'claims',
      id: 'ua-aims-to-take-lysychansk',
      accepted: false,
    });
    expect(item(back, 'claims/ua-aims-to-take-lysychansk')?.accepted).toBe(false);
  });

  it('deletes an item and remembers it was deleted', () => {
    const next = authorReducer(fresh, {
      type: 'delete',
      collection: 'events',
      id: 'ru-took-sievierodonetsk',
    });
    expect(item(next, 'events/ru-took-sievierodonetsk')).toBeUndefined();
    expect(next.items).toHaveLength(fresh.items.length - 1);
    expect(next.deleted).toEqual(['events/ru-took-sievierodonetsk']);
  });

  it('ignores an action on an item that is not there, and sets the title', () => {
    expect(authorReducer(fresh, { type: 'delete', collection: 'quotes', id: 'nobody' })).toBe(fresh);
    expect(authorReducer(fresh, { type: 'title', value: 'Lysychansk falls' }).title).toBe('Lysychansk falls');
  });
});
