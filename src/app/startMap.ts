import type { documentLater } from '../panel/documentLater';
import type { PageParts } from './pageParts';
import type { TestHandle } from './testHandle';
import { wireMapView } from './wireMapView';
import { presented } from './presented';
import { type PictureCode, wirePicture } from './wirePicture';

/** How long MapLibre waits for the first frame to reach the screen where the browser never says, ms. */
const PRESENT_WAIT_MS = 1000;

/**
 * The map: the picture of the day until MapLibre has drawn it, MapLibre's map, and the document
 * with the SVG map where MapLibre cannot run or loses its GPU for good.
 */
export async function startMap(
  parts: PageParts,
  code: { map: Promise<typeof import('../map/mapView')>; picture: Promise<PictureCode> | null },
  documentView: ReturnType<typeof documentLater>,
  handle: TestHandle,
): Promise<void> {
  const shot = wirePicture(parts, code.picture);
  // MapLibre's worker starts with its code, while the first frame is made: it is idle until the map
  // starts, and then has its script ready.
  void code.map.then(
    (module) => module.startWorker(),
    () => undefined,
  );
  /** The page without MapLibre: the SVG map made interactive beside the document. */
  let withoutMapLibre = false;
  function showDocument(): void {
    if (withoutMapLibre) return;
    withoutMapLibre = true;
    handle({ map: undefined, layers: null, documentMode: true });
    void shot.becomeSvgMap(parts, documentView.show(), (svg) => handle({ locator: svg }));
  }

  // MapLibre starts once the picture is on screen, shown and not only drawn (presented): creating
  // its WebGL context holds the page's thread for up to a second or two (the first context of a
  // page, in software rendering), and the reader should be looking at the map by then.
  await shot.onScreen();
  await presented(PRESENT_WAIT_MS);
  const module = await code.map.catch(() => null);
  // Without WebGL2, or where MapLibre cannot get a context, its constructor fails: the SVG map stays.
  const map = module && wireMapView(module, parts, showDocument, handle);
  if (!map) return showDocument();
  void map.ready.then(() => {
    if (!withoutMapLibre) shot.retire();
  });
}
