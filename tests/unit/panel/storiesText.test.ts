/** A place's "Other stories" words, for the seed story and the test-only second story (drafted). */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { uk } from '../../../src/i18n/uk';
import { storiesText, storyHref } from '../../../src/panel/storiesText';
import { crossStoryErrors } from '../../../src/story/crossStoryChecks';
import { loadStory } from '../../../src/story/loadStory';
import { validateStory } from '../../../src/story/validateStory';
import { SECOND_STORY_ID, secondStory } from '../../fixtures/secondStory';
import { placeRefs, shippedPlaces, shippedStoryJson } from '../story/fixtures';

const { drafted, reviewed } = secondStory();
const seed = loadStory(shippedPlaces, shippedStoryJson(), 'luhansk-july-2022');
const second = loadStory(shippedPlaces, reviewed, SECOND_STORY_ID);
const all = [seed, second];
const EN = localeOf('en', en);

describe('the second story (tests only)', () => {
  it('is what the drafter made of the generated article, with nothing open, and passes the checks beside the seed', () => {
    expect(drafted.draft?.open).toEqual([]);
    expect(drafted.quotes.map((q) => q.text)).toEqual([
      'The city is under our control',
      'Our troops still hold the western districts of Bakhmut',
    ]);
    expect(validateStory(reviewed, placeRefs, { file: 'second.json' })).toEqual([]);
    const files = [
      { id: seed.id, file: 'seed.json', raw: shippedStoryJson() },
      { id: SECOND_STORY_ID, file: 'second.json', raw: reviewed },
    ];
    expect(crossStoryErrors(files)).toEqual([]);
  });
});

describe('storiesText', () => {
  it('names the other stories that speak of the place, with links that open them on it', () => {
    const text = storiesText({ open: seed, all }, 'bakhmut', '2022-07-04', EN)!;
    expect(text.word).toBe('');
    expect(text.others).toEqual([
      {
        id: SECOND_STORY_ID,
        title: 'Test story: Russia says it has taken Bakhmut',
        dates: '20 May 2023 – 21 May 2023',
        href: `?story=${SECOND_STORY_ID}&city=bakhmut`,
      },
    ]);
    // Lysychansk: only the seed story speaks of it.
    expect(storiesText({ open: seed, all }, 'lysychansk', '2022-07-04', EN)!.others).toEqual([]);
    expect(
      storiesText({ open: second, all }, 'bakhmut', '2023-05-21', EN)!.others.map((o) => o.href),
    ).toEqual(['?story=luhansk-july-2022&city=bakhmut']);
    expect(storiesText({ open: seed, all }, 'atlantis', '2022-07-04', EN)).toBeUndefined();
    expect(storyHref('a&b')).toBe('?story=a%26b');
  });

  it('says the stories are silent past the end of every story that speaks of the place', () => {
    expect(storiesText({ open: seed, all }, 'bakhmut', '2022-12-01', EN)!.word).toBe(
      'The stories are silent on Bakhmut after 4 July 2022: none says what happened there on 1 December 2022, and nothing is compared with that silence.',
    );
    expect(storiesText({ open: seed, all }, 'bakhmut', '2023-05-31', EN)!.word).toMatch(
      /^The stories are silent on Bakhmut after 21 May 2023/,
    );
    expect(storiesText({ open: seed, all }, 'bakhmut', '2023-05-21', EN)!.word).toBe(
      'On 21 May 2023, “Test story: Russia says it has taken Bakhmut” speaks of Bakhmut: held by Russia from 21 May 2023.',
    );
    expect(storiesText({ open: second, all }, 'bakhmut', '2023-05-21', EN)!.word).toBe('');
  });
});

describe('storiesText in Ukrainian', () => {
  it('says what another story says of the place, and the silence after them, in the reader’s language', () => {
    const UK = localeOf('uk', uk);
    const text = storiesText({ open: seed, all }, 'bakhmut', '2023-05-21', UK)!;
    expect(text.heading).toBe('Інші історії');
    expect(text.word).toMatch(
      /^Бахмут — 21 травня 2023 р\. про це місце йдеться в історії «Test story: Russia says it has taken Bakhmut»: контролює Росія від /,
    );
    expect(text.others[0]?.dates).toBe('20 травня 2023 р. – 21 травня 2023 р.');
    expect(storiesText({ open: seed, all }, 'bakhmut', '2023-05-31', UK)!.word).toMatch(
      /^Бахмут: після 21 травня 2023 р\. історії мовчать/,
    );
  });
});
