import type { Locale } from '../i18n/locale';
import { bundledCredits } from '../map/bundledCredits';
import { daySummary } from '../panel/daySummary';
import { legend } from '../panel/legend';
import type { ExtraSection } from '../panel/placeBody';
import { placePanelLater } from '../panel/placePanelLater';
import { placeSearch } from '../panel/placeSearch';
import { askCompare } from '../state/askCompare';
import { dayInput } from '../state/dayInput';
import { PUSH, type AppStore, type Intent } from '../state/intent';
import { shareUrl } from '../state/shareUrl';
import type { UrlState } from '../state/urlState';
import { eventsBetween } from '../story';
import { timeline } from '../timeline/timeline';
import type { ShareSource } from '../share/shareSource';
import { copyLink } from '../ui/copyLink';
import { el } from '../ui/el';
import { embedCredit } from '../ui/embedCredit';
import { shareLater } from '../share/shareLater';
import type { Page } from './loadPage';
import type { MapSlots } from './pageParts';

/** The page's fixed nodes the views go in (index.html). */
export interface PageNodes {
  mapNode: HTMLElement;
  side: HTMLElement;
  bottom: HTMLElement;
  searchNode: HTMLElement;
}

/**
 * The views around the map: the timeline, the side column (copy link, share, day summary, legend,
 * place panel), the place search and, embedded, the credit. Their intents go to the store (selecting a
 * place or closing it is a new history entry, so Back undoes it; the day goes through the day
 * input's history policy) and they follow it. `extra` adds a section to each place.
 */
export function pageViews(
  nodes: PageNodes,
  page: Page,
  store: AppStore<UrlState>,
  extra: ExtraSection,
  locale: Locale,
) {
  const { story } = page;
  const { t } = locale;
  const { range, focusFrom, focusTo, stops } = page.timeline;
  const events = eventsBetween(story, range[0], range[1]).map((e) => ({ day: e.day, title: e.title }));
  const slider = timeline(nodes.bottom, { range, focusFrom, focusTo, events, stops }, locale);
  // The layers' chart key has its row from the start, so the map is not resized when it arrives.
  const chartKeys = page.listed ? slider.element.appendChild(el('div', 'timeline-keys')) : null;
  // The link copied keeps the map's view: the hash, which only viewLink writes (and cleans).
  const copy = copyLink(nodes.side, () => `${shareUrl(location, store.get())}${location.hash}`, t);
  const summary = daySummary(nodes.side, story, locale);
  const key = legend(nodes.side, story, locale);
  // What the Share menu's exports read; the root adds the map and the layers' view when they start.
  const share: ShareSource = {
    story,
    locale,
    store,
    showDay: (day, intent) => store.set({ day }, intent),
    loaded: page.layers,
    mapNode: nodes.mapNode,
    key: key.entries,
    credits: bundledCredits(t.map.publicDomain),
  };
  shareLater(copy.element, share, t);
  // Prepended to the side column on wide screens; a bottom sheet on phones (src/style.css).
  const panel = placePanelLater(nodes.side, story, locale, extra);
  const search = placeSearch(nodes.searchNode, story, locale);
  // Embedded in an article, the page has no masthead: a small credit links to the full page.
  const credit = store.get().embed ? embedCredit(nodes.mapNode, t) : null;

  const select = (placeId: string) => store.set({ city: placeId }, PUSH);
  const setDay = dayInput(store);
  slider.on('input', setDay);
  slider.on('compare', (compare) => store.set(askCompare(compare), PUSH));
  summary.on('select', select);
  panel.on('close', () => store.set({ city: null }, PUSH));
  search.on('choose', select);

  const showState = (state: UrlState, previous: UrlState | null, meta: Intent) => {
    const dayChanged = state.day !== previous?.day;
    slider.update(state);
    if (dayChanged || meta.settled) summary.update(state, meta.settled);
    if (dayChanged || state.city !== previous?.city) panel.update(state);
    credit?.update(shareUrl(location, state));
  };
  store.subscribe(showState);
  showState(store.get(), null, PUSH);

  const slots: MapSlots = {
    summary: summary.element,
    legend: key,
    search,
    chart: { slot: slider.backdrop, scale: { range, focusFrom, focusTo }, keys: chartKeys },
    controls: slider.controls,
    select,
    // The day a view other than the timeline asks for: one step, under the same history policy.
    step: (day) => setDay(day, 'step'),
    cover: panel.box,
  };
  return { panel, credit, slots, share };
}

export type PageViews = ReturnType<typeof pageViews>;
