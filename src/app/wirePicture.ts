import type { PageParts } from './pageParts';
import { firstPictureNode } from '../picture/firstPictureNode';
import type { Picture } from '../picture/picture';

export type PictureCode = typeof import('../picture/picture');

/** The app's picture's code (a lazy chunk). */
export const loadPictureCode = (): Promise<PictureCode> => import('../picture/picture');

/**
 * The picture's code, fetched at once where the page has no first picture of the day (its script
 * dropped it for a link to another day), so it arrives beside the data rather than after them.
 */
export const pictureCodeIfNeeded = (): Promise<PictureCode> | null =>
  firstPictureNode() ? null : loadPictureCode();

/** How long the map waits for a picture's frame where none comes (a hidden tab), ms. */
const FRAME_WAIT_MS = 250;

/**
 * The picture of the day until MapLibre has drawn the map, and the SVG map where it cannot.
 * A link without a date opens on the picture built into the page (firstPicture), painted before
 * any script ran; the app's own picture (src/picture/picture.ts, loaded only when needed) takes
 * over where the day is another: a link to another day, the reader moving the day before the map
 * is ready, or a page without MapLibre.
 */
export function wirePicture(
  { story, geo, store, mapNode }: Pick<PageParts, 'story' | 'geo' | 'store' | 'mapNode'>,
  code: Promise<PictureCode> | null = null,
) {
  const first = firstPictureNode();
  let drawn: Promise<Picture | null> | null = null;
  let unsubscribe: () => void = () => undefined;
  let retired = false;

  function draw(): Promise<Picture | null> {
    drawn ??= (code ?? loadPictureCode()).then(
      ({ picture }) => {
        const shot = picture(mapNode, { story, geo });
        unsubscribe = store.subscribe((state) => shot.update(state));
        shot.update(store.get());
        // The first picture gives way in the same frame.
        first?.destroy();
        if (retired) shot.retire();
        return shot;
      },
      () => null,
    );
    return drawn;
  }

  const stopWatching = first
    ? store.subscribe((state) => {
        if (state.day === first.day) return;
        first.stale();
        stopWatching?.();
        void draw();
      })
    : null;
  if (!first || store.get().day !== first.day) void draw();

  return {
    /** Resolves once a picture of the day is on screen, or where none can be drawn. */
    async onScreen(): Promise<void> {
      if (first && !drawn) return;
      const shot = await draw();
      if (shot)
        await Promise.race([shot.painted, new Promise((resolve) => setTimeout(resolve, FRAME_WAIT_MS))]);
    },
    /** The map has drawn everything: the picture fades out over it and stops following the day. */
    retire(): void {
      retired = true;
      stopWatching?.();
      first?.retire();
      void drawn?.then((shot) => {
        unsubscribe();
        shot?.retire();
      });
    },
    /** The SVG map, where MapLibre cannot run. */
    async becomeSvgMap(
      parts: PageParts,
      laidOut: Promise<unknown>,
      onLocator?: (svg: SVGSVGElement) => void,
    ): Promise<void> {
      stopWatching?.();
      const shot = await draw();
      if (!shot) return;
      shot.show();
      const { wireSvgMap } = await import('./wireSvgMap');
      await wireSvgMap(shot, parts, unsubscribe, laidOut, onLocator);
    },
  };
}
