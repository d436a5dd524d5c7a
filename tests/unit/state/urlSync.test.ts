import { describe, expect, it } from 'vitest';
import { appStore, type Intent } from '../../../src/state/intent';
import { urlSync } from '../../../src/state/urlSync';
import { en } from '../../../src/i18n/en';
import type { UrlState } from '../../../src/state/urlState';

const defaults: UrlState = {
  story: 'first',
  day: '2022-07-03',
  compare: null,
  swipe: false,
  city: null,
  embed: false,
  locator: true,
  lang: 'en',
};
const context = {
  range: ['2022-06-01', '2022-07-31'] as const,
  places: new Set(['lysychansk']),
  stories: ['first', 'second'],
  defaults,
  words: en.link,
};

/** Just enough of a window: an address, a history that records, and popstate listeners. */
function fakePage() {
  const entries: string[] = [];
  const listeners: (() => void)[] = [];
  const location = {
    pathname: '/map/',
    hash: '#top',
    search: '',
    reloads: 0,
    reload: () => location.reloads++,
  };
  const page = {
    location,
    history: {
      pushState: (_data: unknown, _unused: string, url: string) => entries.push(`push ${url}`),
      replaceState: (_data: unknown, _unused: string, url: string) => entries.push(`replace ${url}`),
    },
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    removeEventListener: (_type: string, listener: () => void) =>
      listeners.splice(listeners.indexOf(listener), 1),
  };
  return {
    page: page as unknown as Window,
    entries,
    location,
    popState: () => listeners.forEach((l) => l()),
  };
}

describe('urlSync', () => {
  it('writes each change to the URL as its meta asks, leaving defaults out', () => {
    const store = appStore<UrlState>(defaults);
    const { page, entries } = fakePage();
    urlSync(store, context, page);
    store.set({ city: 'lysychansk' }, { history: 'push', settled: true });
    store.set({ day: '2022-07-01' }, { history: 'replace', settled: false });
    store.set({ day: '2022-07-02' }, { history: 'none', settled: true });
    store.set({ day: '2022-07-03', city: null }, { history: 'push', settled: true });
    expect(entries).toEqual([
      'push /map/?city=lysychansk#top',
      'replace /map/?date=2022-07-01&city=lysychansk#top',
      'push /map/#top',
    ]);
  });

  it('puts the state of the URL back on Back and Forward, settled and without writing history', () => {
    const store = appStore<UrlState>(defaults);
    const { page, entries, location, popState } = fakePage();
    const metas: Intent[] = [];
    store.subscribe((_state, _previous, meta) => metas.push(meta));
    const sync = urlSync(store, context, page);
    location.search = '?date=2022-06-20&city=lysychansk';
    popState();
    expect(store.get()).toEqual({
      story: 'first',
      day: '2022-06-20',
      compare: null,
      swipe: false,
      city: 'lysychansk',
      embed: false,
      locator: true,
      lang: 'en',
    });
    expect(metas[0]).toEqual({ history: 'none', settled: true });
    expect(entries).toEqual([]);
    // A comparison comes and goes with its history entry, as the date does.
    location.search = '?date=2022-07-01&compare=2022-06-10';
    popState();
    expect(store.get()).toMatchObject({ day: '2022-07-01', compare: '2022-06-10', city: null });
    // The swipe too: Forward to it, Back from it.
    location.search = '?date=2022-07-01&compare=2022-06-10&swipe=1';
    popState();
    expect(store.get()).toMatchObject({ compare: '2022-06-10', swipe: true });
    location.search = '?date=2022-07-01&compare=2022-06-10';
    popState();
    expect(store.get()).toMatchObject({ compare: '2022-06-10', swipe: false });
    location.search = '?date=2022-07-01';
    popState();
    expect(store.get().compare).toBeNull();
    sync.destroy();
    location.search = '';
    popState();
    expect(store.get().day).toBe('2022-07-01');
  });

  it("keeps the open story in the URL, and loads the page again for an entry that is another story's", () => {
    const store = appStore<UrlState>({ ...defaults, story: 'second' });
    const { page, entries, location, popState } = fakePage();
    urlSync(store, context, page);
    store.set({ day: '2022-07-01' }, { history: 'push', settled: true });
    expect(entries).toEqual(['push /map/?story=second&date=2022-07-01#top']);
    location.search = '?story=second&date=2022-06-20';
    popState();
    expect(store.get().day).toBe('2022-06-20');
    expect(location.reloads).toBe(0);
    // Back past the first entry of this story: the first story's page, loaded as a page of its own.
    location.search = '?date=2022-06-25';
    popState();
    expect(location.reloads).toBe(1);
    expect(store.get()).toEqual({ ...defaults, story: 'second', day: '2022-06-20' });
  });

  it('keeps the language in the URL, and loads the page again in the language of an entry', () => {
    const store = appStore<UrlState>(defaults);
    const { page, entries, location, popState } = fakePage();
    urlSync(store, context, page);
    store.set({ lang: 'uk' }, { history: 'push', settled: true });
    expect(entries).toEqual(['push /map/?lang=uk#top']);
    location.search = '?lang=uk&date=2022-06-20';
    popState();
    expect(location.reloads).toBe(0);
    expect(store.get()).toMatchObject({ lang: 'uk', day: '2022-06-20' });
    // Back to the English entry: the page again, in English.
    location.search = '?date=2022-06-20';
    popState();
    expect(location.reloads).toBe(1);
  });
});
