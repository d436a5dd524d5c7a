import { documentLater } from '../panel/documentLater';
import type { ExtraSection } from '../panel/placeBody';
import { urlSync } from '../state/urlSync';
import { sectionsOf } from '../ui/el';
import { pageNodes } from '../ui/pageNodes';
import { compareLater } from './compareLater';
import { frameMapLater } from './frameMapLater';
import { openPage } from './openPage';
import type { PageParts } from './pageParts';
import { pageViews } from './pageViews';
import { placeSourcesLater } from './placeSourcesLater';
import { startMap } from './startMap';
import { storiesLater } from './storiesLater';
import { swipeLater } from './swipeLater';
import { testHandle } from './testHandle';
import { wireLanguage } from './wireLanguage';
import { pictureCodeIfNeeded } from './wirePicture';

/** The composition root: creates the views, sends their intents to the one store, subscribes them. */
export async function start(): Promise<void> {
  const [mapNode, side, bottom, searchNode] = pageNodes('map', 'side', 'timeline', 'search');
  // MapLibre's code, most of the page's weight, starts loading now, beside the data (the build
  // preloads it from the page too). The picture neither waits for it nor holds it up.
  const code = { map: import('../map/mapView'), picture: pictureCodeIfNeeded() };
  const { lang, t, locale, page, urlContext, store, notice, embed } = await openPage();
  const { story, layers } = page;
  urlSync(store, urlContext);
  wireLanguage(store, lang, t.page.language);
  const others = storiesLater(page);
  const sources = placeSourcesLater(others.stories, layers, locale);
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
  void others.show({ side, chart: views.slots.chart, notice, embed, locale }, refresh);

  const { stories } = others;
  const swipe = swipeLater();
  // The comparison's layers and the swipe's second map both go where the map is.
  const compareTarget: PageParts['compareTarget'] = (target) =>
    [compare, swipe].forEach((c) => c.target(target));
  const parts: PageParts = {
    ...{ story, stories, geo: page.geo, store, mapNode, side, layers, compareTarget, locale },
    ...views.slots,
  };
  compare.start(parts);
  // An animation's frames are drawn on a map of their own, from the map's own code and specs.
  frameMapLater(code.map, views.share, page.geo, t.map);
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
