import { describe, expect, it } from 'vitest';
import {
  attributionAfter,
  attributionBefore,
  namedPeople,
  parsePhrase,
  resolvePerson,
} from '../../../src/draft/speakers.ts';

describe('parsePhrase', () => {
  it('splits a role from a name', () => {
    expect(parsePhrase('Russian Defense Minister Sergei Shoigu')).toEqual({
      name: 'Sergei Shoigu',
      role: 'Russian Defense Minister',
      kind: 'person',
    });
    expect(parsePhrase('Mr Prigozhin')).toEqual({ name: 'Prigozhin', role: 'Mr', kind: 'person' });
  });

  it('keeps a group as written, and knows a pronoun', () => {
    expect(parsePhrase("Ukraine's military command")).toEqual({
      name: "Ukraine's military command",
      kind: 'group',
    });
    expect(parsePhrase('Russia')).toEqual({ name: 'Russia', kind: 'group' });
    expect(parsePhrase('he')).toBe('pronoun');
  });
});

describe('namedPeople and resolvePerson', () => {
  it('make a later "President Zelensky" the man named in full before', () => {
    const people = namedPeople('Ukrainian President Volodymyr Zelensky on Sunday pledged to fight.');
    expect(resolvePerson({ name: 'Zelensky', role: 'President', kind: 'person' }, people)).toEqual({
      name: 'Volodymyr Zelensky',
      role: 'Ukrainian President',
      kind: 'person',
    });
  });
});

describe('attributions', () => {
  const after = (text: string) => {
    const quoted = text.indexOf('…');
    const at = quoted + text.slice(quoted).search(/[”"»]/) + 1; // just after the closing mark
    return attributionAfter(text, at, text.length)?.phrase;
  };

  it('read the speaker after a quote, either order, and a pronoun', () => {
    expect(after('"…," President Zelensky said in his evening video address.')).toBe('President Zelensky');
    expect(after('"…," promised President Zelensky.')).toBe('President Zelensky');
    expect(after('"…," the military said in a statement on social media.')).toBe('the military');
    expect(after('"…," he said on Telegram.')).toBe('he');
    expect(after('"…", according to Luhansk governor Serhiy Haidai.')).toBe('Luhansk governor Serhiy Haidai');
    expect(after('«…», — заявив Зеленський.')).toBe('Зеленський');
  });

  it('read the subject before a partial quote', () => {
    const text =
      'Russian Defense Minister Sergei Shoigu told President Vladimir Putin that Lugansk had been "liberated"';
    expect(attributionBefore(text, 0, text.indexOf('"'))?.phrase).toBe(
      'Russian Defense Minister Sergei Shoigu',
    );
    const officials = "Ukrainian officials, who say references to 'liberating'";
    expect(attributionBefore(officials, 0, officials.indexOf("'"))?.phrase).toBe('Ukrainian officials');
  });

  it('find none where no one is said to speak', () => {
    expect(after('"Special military operation" is a term.')).toBeUndefined();
  });
});
