import { browserLang } from '../i18n/lang';
import { loadMessages } from '../i18n/loadMessages';
import { localeOf } from '../i18n/locale';
import { documentLater } from '../panel/documentLater';
import type { ExtraSection } from '../panel/placeBody';
import { appStore, PUSH } from '../state/intent';
import { urlSync } from '../state/urlSync';
import { langOfLink, readUrlState, storyUrlContext, type UrlState } from '../state/urlState';
import { languageSwitch } from '../ui/languageSwitch';
import { notices } from '../ui/notice';
import { sectionsOf } from '../ui/el';
import { pageNodes } from '../ui/pageNodes';
import { pageWords } from '../ui/pageWords';
import { compareLater } from './compareLater';
import { loadPage } from './loadPage';
import type { PageParts } from './pageParts';
import { pageViews } from './pageViews';
import { placeSourcesLater } from './placeSourcesLater';
import { startMap } from './startMap';
import { storiesLater } from './storiesLater';
import { testHandle } from './testHandle';
import { pictureCodeIfNeeded } from './wirePicture';

/** The composition root: creates the views, sends their intents to the one store, subscribes them. */
export async function start(): Promise<void> {
  const [mapNode, side, bottom, searchNode] = pageNodes('map', 'side', 'timeline', 'search');
  // MapLibre's code, most of the page's weight, starts loading now, beside the data (the build
  // preloads it from the page too). The picture neither waits for it nor holds it up.
  const code = { map: import('../map/mapView'), picture: pictureCodeIfNeeded() };
  // The language: the link's, else the browser's, else English. Its messages come beside the data
  // (English's are in the first load; another language's are its own small file).
  const browser = browserLang(navigator.languages);
  const lang = langOfLink(location.search, browser);
  const [t, page] = await Promise.all([loadMessages(lang), loadPage(lang)]);
  const locale = localeOf(lang, t);
  pageWords(lang, t);
  const { story, layers } = page;

  const urlContext = storyUrlContext(
    story,
    page.timeline.range,
    page.listings.map((listing) => listing.id),
    { lang: browser, words: t.link },
  );
  const initial = readUrlState(location.search, urlContext);
  const store = appStore<UrlState>(initial.state);
  document.documentElement.classList.toggle('is-embed', initial.state.embed);
  const notice = notices(document.getElementById('app') ?? document.body, t);
  if (initial.problems.length) notice.show(t.link.problems, initial.problems);

  urlSync(store, urlContext);
  // Another language is another page, as another story is: the URL is written first (urlSync
  // subscribed before), then the page loads again in it; Back and Forward come back through urlSync.
  const masthead = document.querySelector<HTMLElement>('.masthead');
  if (masthead)
    languageSwitch(masthead, lang, t.page.language).on('choose', (chosen) =>
      store.set({ lang: chosen }, PUSH),
    );
  store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) location.reload();
  });
  const others = storiesLater(page);
  const sources = placeSourcesLater(others.stories, layers);
  const compare = compareLater(() => refresh());
  const extra: ExtraSection = (...place) =>
    sectionsOf(sectionsOf(others.extra(...place), sources.extra(...place)), compare.extra(...place));
  const views = pageViews({ mapNode, side, bottom, searchNode }, page, store, extra, locale);
  const documentView = documentLater({
    story,
    locale,
    store,
    mapNode,
    notice,
    tools: [searchNode],
    extras: views.credit ? [views.credit.element] : [],
    extra,
  });
  const refresh = () => {
    views.panel.refresh();
    documentView.refresh();
  };
  void sources.whenLoaded(refresh);
  void others.show({ side, chart: views.slots.chart, notice, embed: initial.state.embed, locale }, refresh);

  const { stories } = others;
  const { target: compareTarget } = compare;
  const parts: PageParts = {
    ...{ story, stories, geo: page.geo, store, mapNode, side, layers, compareTarget, locale },
    ...views.slots,
  };
  compare.start(parts);
  // The picture of the day until the map is drawn, then MapLibre's map, or the SVG map without it.
  const handle = testHandle(store, story);
  // The Share menu's exports draw the map and wait for the layers' files once they are there:
  // the map and the layers' view reach them as they reach the test handle.
  await startMap(parts, code, documentView, (change) => {
    Object.assign(views.share, change);
    handle(change);
  });
}
