import { swipeView, type SwipeSlots, type SwipeView } from './swipeView';
import { textEl } from '../ui/el';
import type { CompareTarget } from './compareLater';
import type { PageParts } from './pageParts';
import type { TestHandle } from './testHandle';

/**
 * The swipe wired to the page (a lazy chunk, loaded once the reader first turns it on): shown
 * while the store has a comparison and asks for the swipe, over MapLibre's map once its imported
 * layers are in, and taken down (the second map with its WebGL context) when either ends. Without
 * MapLibre it says, beside the comparison's controls, that it needs WebGL.
 */
export function wireSwipe(parts: PageParts, handle: TestHandle) {
  const { store, story, geo } = parts;
  let slots: SwipeSlots | null = null;
  let view: SwipeView | null = null;
  let withoutWebGl = false;
  let note: HTMLElement | null = null;

  const end = () => {
    view?.destroy();
    view = null;
    handle({ swipe: null });
  };
  function show(): void {
    const { day, compare, swipe } = store.get();
    const on = swipe && compare !== null;
    if (on && withoutWebGl && !note) {
      note = textEl('p', 'swipe-note', parts.locale.t.compare.swipeNeedsWebgl);
      note.setAttribute('role', 'status');
      parts.controls.append(note);
    } else if (!on && note) {
      note.remove();
      note = null;
    }
    if (!on || !slots) {
      if (view) end();
      return;
    }
    if (view) view.update({ day, compare });
    else {
      view = swipeView(slots, { day, compare });
      handle({ swipe: view });
    }
  }
  store.subscribe(show);
  show();

  return {
    target(target: CompareTarget): void {
      if ('map' in target) {
        void Promise.all([target.styleLoaded, parts.layers]).then(([, loaded]) => {
          const { map, beforeLayer, code } = target;
          slots = { map, beforeLayer, code, story, geo, layers: loaded.layers, locale: parts.locale };
          show();
        });
        return;
      }
      // The SVG map took over where MapLibre's was lost: the second map goes with it.
      slots = null;
      withoutWebGl = true;
      show();
    },
  };
}
