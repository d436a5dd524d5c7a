import { fadeMs, FIRST_PICTURE_ID } from './pictureParts';

/**
 * The picture the page was built with (firstPicture), if the page still has it: it is the day's
 * picture for a link without a date, and the page's own script has dropped it for any other. This
 * owns it from then on: it says which day it shows, fades when that is no longer the day (until the
 * app's picture takes over), and gives way to the map.
 */
export function firstPictureNode(doc: Document = document) {
  const node = doc.getElementById(FIRST_PICTURE_ID);
  if (!node) return null;
  let fade: ReturnType<typeof setTimeout> | undefined;
  return {
    /** The day it shows. */
    day: node.dataset.day ?? null,
    /** The day shown is no longer the reader's: faded, as a drawn interval is while its file loads. */
    stale(): void {
      node.classList.add('is-stale');
    },
    /** Fades out over the map that has taken its place, then leaves the page. */
    retire(): void {
      node.classList.add('is-leaving');
      fade = setTimeout(() => node.remove(), fadeMs());
    },
    destroy(): void {
      clearTimeout(fade);
      node.remove();
    },
  };
}
