import { documentLater } from '../panel/documentLater';
import { appStore } from '../state/intent';
import { urlSync } from '../state/urlSync';
import { LINK_PROBLEMS, readUrlState, storyUrlContext, type UrlState } from '../state/urlState';
import { notices } from '../ui/notice';
import { pageNodes } from '../ui/pageNodes';
import { loadPage } from './loadPage';
import type { PageParts } from './pageParts';
import { pageViews } from './pageViews';
import { placeSourcesLater } from './placeSourcesLater';
import { startMap } from './startMap';
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

  const urlContext = storyUrlContext(story, page.timeline.range);
  const initial = readUrlState(location.search, urlContext);
  const store = appStore<UrlState>(initial.state);
  document.documentElement.classList.toggle('is-embed', initial.state.embed);
  const notice = notices(document.getElementById('app') ?? document.body);
  if (initial.problems.length) notice.show(LINK_PROBLEMS, initial.problems);

  urlSync(store, urlContext);
  const sources = placeSourcesLater(story, layers);
  const views = pageViews({ mapNode, side, bottom, searchNode }, page, store, sources.extra);
  const documentView = documentLater({
    story,
    store,
    mapNode,
    notice,
    tools: [searchNode],
    extras: views.credit ? [views.credit.element] : [],
    extra: sources.extra,
  });
  void sources.whenLoaded(() => {
    views.panel.refresh();
    documentView.refresh();
  });

  const parts: PageParts = { story, geo: page.geo, store, mapNode, side, layers, ...views.slots };
  // The picture of the day until the map is drawn, then MapLibre's map, or the SVG map without it.
  const handle = testHandle(store, story);
  // The Share menu's exports draw the map and wait for the layers' files once they are there:
  // the map and the layers' view reach them as they reach the test handle.
  await startMap(parts, code, documentView, (change) => {
    Object.assign(views.share, change);
    handle(change);
  });
}
