import { describe, expect, it } from 'vitest';
import { shareUrl } from '../../../src/state/shareUrl';

const page = { origin: 'http://127.0.0.1:4173', pathname: '/claimline/' };

describe('shareUrl', () => {
  it('always names the story and the date, and the city when one is open', () => {
    expect(shareUrl(page, { story: 'a-story', day: '2022-07-04', city: null })).toBe(
      'http://127.0.0.1:4173/claimline/?story=a-story&date=2022-07-04',
    );
    expect(shareUrl(page, { story: 'a-story', day: '2022-07-03', city: 'lysychansk' })).toBe(
      'http://127.0.0.1:4173/claimline/?story=a-story&date=2022-07-03&city=lysychansk',
    );
  });

  it('leaves embed mode out and encodes what it is given', () => {
    const state = { story: 'a-story', day: '2022-07-03', city: 'a&b', embed: true };
    expect(shareUrl(page, state)).toBe(
      'http://127.0.0.1:4173/claimline/?story=a-story&date=2022-07-03&city=a%26b',
    );
  });

  it('keeps the day compared with', () => {
    const state = { story: 'a-story', day: '2022-07-04', compare: '2022-06-24', city: null, embed: false };
    expect(shareUrl(page, state)).toBe(
      'http://127.0.0.1:4173/claimline/?story=a-story&date=2022-07-04&compare=2022-06-24',
    );
  });

  it('keeps the swipe with its comparison, and drops it without one', () => {
    const state = { story: 'a-story', day: '2022-07-04', compare: '2022-06-24', swipe: true, city: null };
    expect(shareUrl(page, state)).toBe(
      'http://127.0.0.1:4173/claimline/?story=a-story&date=2022-07-04&compare=2022-06-24&swipe=1',
    );
    expect(shareUrl(page, { ...state, compare: null })).toBe(
      'http://127.0.0.1:4173/claimline/?story=a-story&date=2022-07-04',
    );
  });

  it('names the language when it is not English, so the link opens the page that was read', () => {
    const state = { story: 'a-story', day: '2022-07-04', city: null, lang: 'uk' };
    expect(shareUrl(page, state)).toBe(
      'http://127.0.0.1:4173/claimline/?story=a-story&date=2022-07-04&lang=uk',
    );
    expect(shareUrl(page, { ...state, lang: 'en' })).toBe(
      'http://127.0.0.1:4173/claimline/?story=a-story&date=2022-07-04',
    );
  });
});
