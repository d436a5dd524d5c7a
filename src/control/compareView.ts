import type { Messages } from '../i18n/en';
import type { Locale } from '../i18n/locale';
import './compare.css';
import type { AppStore } from '../state/intent';
import type { Day, Story } from '../story';
import { emitter } from '../ui/emitter';
import type { TrackScaleOptions } from '../ui/timeScale';
import type { Area } from './areaChange';
import { DEFAULT_CHANGE_OPTIONS } from './changeOptions';
import { compareChanges, type CompareOptions } from './compareChanges';
import { compareControl } from './compareControl';
import { compareMarks } from './compareMarks';
import { compareDrawn } from './compareDrawn';
import { compareSection } from './compareSection';
import { compareText, placeCompareText, type CompareContext } from './compareText';
import { sliverField } from './sliverField';
import type { LoadedLayer } from './loadLayers';

/** Where the comparison's parts go, handed over by the composition root. */
export interface CompareSlots {
  store: AppStore<{ day: Day; compare: Day | null; swipe: boolean }>;
  story: Story;
  layers: readonly LoadedLayer[];
  /** The oblasts, by id, whose km² each change is counted in. */
  regions: readonly { id: string; area: Area }[];
  regionNames: ReadonlyMap<string, string>;
  /** The page's language. */
  locale: Locale;
  /** The day's summary: the comparison's words go right before it. */
  summary: HTMLElement;
  /** The timeline's backdrop and scale (the marks), and its row of controls (the day field). */
  chart: { slot: HTMLElement; scale: TrackScaleOptions };
  controls: HTMLElement;
  /** Renders the places shown again: a change they give in words has been measured. */
  refresh: () => void;
  /** Where the differences are computed and how (tests and the benchmark may say). */
  compare?: CompareOptions;
}

/**
 * What changed between the day shown and the day compared with: each imported layer's area gained
 * and lost (measured in a worker, compareChanges), in words before the day's summary and in each
 * place's section (`placeSection`), on the map (`showOn`, MapLibre) or as outlines (`outlines`,
 * the SVG map), the two days and the stretch between on the timeline, and the day field. All
 * follow the store; the day field asks through `on('compare', day)`, the swipe's button through
 * `on('swipe', on)`. The reader's sliver threshold, under the words, is the view's own: a new one
 * measures the two days again.
 */
export function compareView(slots: CompareSlots) {
  const { store, layers } = slots;
  const out = emitter<{ compare: [day: Day | null]; swipe: [on: boolean]; change: [] }>();
  const named = layers.map((l) => ({
    ...l,
    id: l.index.id,
    name: l.index.source.name,
    intervals: l.index.intervals,
  }));
  const changes = compareChanges(named, slots.regions, slots.compare);
  const context: CompareContext = {
    story: slots.story,
    layers: named,
    changeOf: changes.get,
    regionNames: slots.regionNames,
    minWidthM: (slots.compare?.options ?? DEFAULT_CHANGE_OPTIONS).minWidthM,
    locale: slots.locale,
  };
  const words = slots.locale.t.compare;
  const control = compareControl(slots.chart.scale.range, words);
  control.on('compare', (day) => out.emit('compare', day));
  control.on('swipe', (on) => out.emit('swipe', on));
  slots.controls.append(control.element);
  const marks = compareMarks(slots.chart.slot, slots.chart.scale);
  const drawn = compareDrawn(layers, changes, slots.locale);
  const slivers = sliverField(context.minWidthM, words);
  const slot = wordsSlot(slots.summary, slivers.element);
  slivers.on('change', (minWidthM) => {
    context.minWidthM = minWidthM;
    changes.setOptions({ ...changes.options(), minWidthM });
    asked = null;
    update();
  });
  const render = () => slot.show(summarySection(context, store.get(), words));

  changes.on('change', (layerId) => {
    render();
    drawn.draw(layerId);
    slots.refresh();
    out.emit('change');
  });

  let asked: string | null = null;
  function update(settled = true): void {
    const { day, compare, swipe } = store.get();
    control.update({ compare, swipe });
    marks.update({ day, compare });
    // While a drag or play runs, the days it passes are not measured: only the day it settles on.
    const pair = compare === null ? null : settled ? `${compare}>${day}` : 'moving';
    if (pair === asked) return;
    asked = pair;
    if (compare === null) drawn.clear();
    else if (settled) changes.update(compare, day);
    else changes.hold();
    render();
    slots.refresh();
    out.emit('change');
  }
  const unsubscribe = store.subscribe((_state, _previous, meta) => update(meta.settled));
  update();

  return {
    /** A place's comparison, for its panel and the document; null without a comparison. */
    placeSection(placeId: string, day: Day, level: 'h3' | 'h4'): HTMLElement | null {
      const compare = store.get().compare;
      if (compare === null || !slots.story.placeById.has(placeId)) return null;
      return compareSection(placeCompareText(context, placeId, compare, day), level, 'compare-place', words);
    },
    /** Draws each layer's change on MapLibre's map, below `beforeLayer` (once its style is in). */
    showOn: drawn.showOn,
    leaveMap: drawn.leaveMap,
    /** Each layer's area gained and lost as it stands, for the SVG map's outlines. */
    outlines: () => (store.get().compare === null ? [] : drawn.outlines()),
    on: out.on,
    destroy(): void {
      unsubscribe();
      changes.destroy();
      control.destroy();
      marks.destroy();
      slivers.destroy();
      slot.show(null);
      drawn.remove();
      out.clear();
    },
  };
}

export type CompareView = ReturnType<typeof compareView>;

/** The comparison's words before the day's summary; null without a comparison. */
const summarySection = (
  context: CompareContext,
  { day, compare }: { day: Day; compare: Day | null },
  words: Messages['compare'],
) =>
  compare === null
    ? null
    : compareSection(compareText(context, compare, day), 'h2', 'compare-summary', words);

/**
 * Where the comparison's words go, before the day's summary, with `after` (the sliver field) right
 * after them: kept there, not redrawn with the words, so it keeps the focus while they change.
 */
function wordsSlot(summary: HTMLElement, after: HTMLElement) {
  let section: HTMLElement | null = null;
  return {
    /** Shows the words (null: none, and `after` goes too). */
    show(next: HTMLElement | null): void {
      if (section) section.replaceWith(...(next ? [next] : []));
      else if (next) summary.before(next);
      section = next;
      if (!next) after.remove();
      else if (next.nextElementSibling !== after) next.after(after);
    },
  };
}
