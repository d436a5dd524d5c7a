import type { UrlState } from '../state/urlState';
import type { CompareTarget } from './compareLater';
import type { PageParts } from './pageParts';
import type { TestHandle } from './testHandle';

type Wired = ReturnType<typeof import('./wireSwipe').wireSwipe>;

/** Whether the reader asks for the swipe: it shows a comparison, so it needs one. */
const swiped = ({ compare, swipe }: UrlState) => compare !== null && swipe;

/**
 * The swipe between the two compared days, its code (the second map, the divider) fetched the
 * first time the reader turns it on, so neither the first load nor a plain comparison carries it.
 * `target` says where the map is, whenever a map starts (as for the comparison).
 */
export function swipeLater() {
  let wired: Wired | undefined;
  let shown: CompareTarget | undefined;
  return {
    start(parts: PageParts, handle: TestHandle): void {
      const stop = parts.store.subscribe((state) => swiped(state) && load());
      const load = () => {
        stop();
        void import('./wireSwipe').then(({ wireSwipe }) => {
          wired = wireSwipe(parts, handle);
          if (shown) wired.target(shown);
        });
      };
      if (swiped(parts.store.get())) load();
    },
    target(target: CompareTarget): void {
      shown = target;
      wired?.target(target);
    },
  };
}
