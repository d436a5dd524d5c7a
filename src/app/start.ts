import { documentLater } from '../panel/documentLater';
import type { ExtraSection } from '../panel/placeBody';
import { appStore } from '../state/intent';
import { urlSync } from '../state/urlSync';
import { LINK_PROBLEMS, readUrlState, storyUrlContext, type UrlState } from '../state/urlState';
import { notices } from '../ui/notice';
import { sectionsOf } from '../ui/el';
import { pageNodes } from '../ui/pageNodes';
import { compareLater } from './compareLater';
import { frameMapLater } from './frameMapLater';
import { loadPage } from './loadPage';
import type { PageParts } from './pageParts';
import { pageViews } from './pageViews';
import { placeSourcesLater } from './placeSourcesLater';
import { startMap } from './startMap';
import { storiesLater } from './storiesLater';
import { swipeLater } from './swipeLater';
import { testHandle } from './testHandle';
import { pictureCodeIfNeeded } from './wirePicture';

/** The composition root: creates the views, sends their intents to the one store, subscribes them. */
export async function start(): Promise<void> {
  const [mapNode, side, bottom, searchNode] = pageNodes('map', 'side', 'timeline', 'search');
  // MapLibre's code, most of the page's weight, starts loading now, beside the data (the build
  // preloads it from the page too). The picture neither waits for it nor holds it up.
  const code = { map: import('../map/mapView'), picture: pictureCodeIfNeeded() };
  const page = await loadPage();
  const { story, layers } = page;

  const urlContext = storyUrlContext(
    story,
    page.timeline.range,
    page.listings.map((listing) => listing.id),
  );
  const initial = readUrlState(location.search, urlContext);
  const store = appStore<UrlState>(initial.state);
  document.documentElement.classList.toggle('is-embed', initial.state.embed);
  document.documentElement.classList.toggle('no-locator', !initial.state.locator);
  const notice = notices(document.getElementById('app') ?? document.body);
  if (initial.problems.length) notice.show(LINK_PROBLEMS, initial.problems);

  urlSync(store, urlContext);
  const others = storiesLater(page);
  const sources = placeSourcesLater(others.stories, layers);
  const compare = compareLater(() => refresh());
  const extra: ExtraSection = (...place) =>
    sectionsOf(sectionsOf(others.extra(...place), sources.extra(...place)), compare.extra(...place));
  const views = pageViews({ mapNode, side, bottom, searchNode }, page, store, extra);
  const documentView = documentLater({
    story,
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
  void others.show({ side, chart: views.slots.chart, notice, embed: initial.state.embed }, refresh);

  const { stories } = others;
  const swipe = swipeLater();
  const compareTarget: PageParts['compareTarget'] = (target) => {
    compare.target(target);
    swipe.target(target);
  };
  const parts: PageParts = {
    ...{ story, stories, geo: page.geo, store, mapNode, side, layers, compareTarget },
    ...views.slots,
  };
  compare.start(parts);
  // An animation's frames are drawn on a map of their own, from the map's own code and specs.
  frameMapLater(code.map, views.share, page.geo);
  // The picture of the day until the map is drawn, then MapLibre's map, or the SVG map without it.
  const handle = testHandle(store, story);
  swipe.start(parts, handle);
  // The Share menu's exports draw the map and wait for the layers' files once they are there:
  // the map and the layers' view reach them as they reach the test handle.
  await startMap(parts, code, documentView, (change) => {
    Object.assign(views.share, change);
    handle(change);
  });
}
