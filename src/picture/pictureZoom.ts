import type { Messages } from '../i18n/en';

type MapWords = Messages['map'];
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { MapAt } from '../state/viewHash';
import { ZOOM_RANGE } from '../ui/appearance';
import type { Picture } from './picture';

/** What an arrow key pans, CSS pixels, and the zoom a city is shown at when chosen (as the map). */
const PAN_STEP = 100;
const CITY_ZOOM = 8;

/** The zoom each key asks for: a pan (dx, dy) or a zoom by a factor, or back to both oblasts. */
const KEYS = new Map<string, { pan: [number, number] } | { by: number } | 'reset'>([
  ['ArrowLeft', { pan: [PAN_STEP, 0] }],
  ['ArrowRight', { pan: [-PAN_STEP, 0] }],
  ['ArrowUp', { pan: [0, PAN_STEP] }],
  ['ArrowDown', { pan: [0, -PAN_STEP] }],
  ['+', { by: 2 }],
  ['=', { by: 2 }],
  ['-', { by: 0.5 }],
  ['_', { by: 0.5 }],
  ['0', 'reset'],
]);

/** The zoom buttons: in, out, and back to both oblasts. */
function zoomButtons(
  zoomBy: (factor: number) => void,
  reset: () => void,
  words: Messages['map'],
): HTMLElement {
  const controls = document.createElement('div');
  controls.className = 'picture-controls';
  for (const [label, text, run] of [
    [words.zoomIn, '+', () => zoomBy(2)],
    [words.zoomOut, '−', () => zoomBy(0.5)],
    [words.bothOblasts, '⤢', reset],
  ] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-label', label);
    button.textContent = text;
    button.addEventListener('click', run);
    controls.append(button);
  }
  return controls;
}

/**
 * The SVG map's zoom and pan, with d3-zoom: the pointer, the wheel, a pinch, the keys (arrows pan,
 * + and − zoom, 0 goes back to both oblasts) and the zoom buttons (`controls`), within the map's
 * zoom range. d3-zoom keeps the transform on the <svg>; the picture redraws its dots and names at
 * each step, and `onMove` runs after it; `onEnd` runs when a gesture or a step ends.
 */
export function pictureZoom(shot: Picture, words: MapWords, onMove: () => void, onEnd: () => void) {
  const svg = shot.element;
  const behaviour = d3Zoom<SVGSVGElement, unknown>()
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      shot.setView(event.transform);
      onMove();
    })
    .on('end', onEnd);
  const selection = select(svg);
  const setLimits = () => {
    const { opening } = shot.zooms();
    behaviour.scaleExtent([2 ** (ZOOM_RANGE.min - opening), 2 ** (ZOOM_RANGE.max - opening)]);
  };
  setLimits();
  selection.call(behaviour);
  const reset = () => behaviour.transform(selection, zoomIdentity);
  const zoomBy = (factor: number) => behaviour.scaleBy(selection, factor);

  const controls = zoomButtons(zoomBy, reset, words);
  /** Puts a point (longitude, latitude) in the middle of the `width` x `height` map at a zoom. */
  const centreOn = (at: readonly [number, number], zoom: number, width: number, height: number) => {
    const k = 2 ** (zoom - shot.zooms().opening);
    // The point at the opening view, moved to the middle at zoom k.
    const [x, y] = zoomTransform(svg).invert(shot.project(at));
    behaviour.transform(
      selection,
      zoomIdentity
        .translate(width / 2, height / 2)
        .scale(k)
        .translate(-x, -y),
    );
  };

  const onKey = (event: KeyboardEvent) => {
    const asked = KEYS.get(event.key);
    if (event.altKey || event.ctrlKey || event.metaKey || !asked) return;
    const { k } = zoomTransform(svg);
    if (asked === 'reset') reset();
    else if ('by' in asked) zoomBy(asked.by);
    else behaviour.translateBy(selection, asked.pan[0] / k, asked.pan[1] / k);
    event.preventDefault();
  };
  svg.addEventListener('keydown', onKey);

  return {
    /** The zoom buttons, for the caller to put in the page. */
    controls,
    /** After a new size: the zoom range from the new opening view, and back to it. */
    refit(): void {
      setLimits();
      reset();
    },
    /** The wheel over `node` (a city's button over its dot) zooms the map under it, as over the dot. */
    passWheel(node: HTMLElement): void {
      node.addEventListener(
        'wheel',
        (event) => {
          event.preventDefault();
          svg.dispatchEvent(new WheelEvent('wheel', event));
        },
        { passive: false },
      );
    },
    /** Moves a point (longitude, latitude) to the middle of the `width` x `height` map, at a readable zoom. */
    focus(at: [number, number], width: number, height: number): void {
      centreOn(at, Math.max(shot.zooms().now, CITY_ZOOM), width, height);
    },
    /** The view shown in a `width` x `height` map, as a link names it. */
    at(width: number, height: number): MapAt {
      const [lng, lat] = shot.locate([width / 2, height / 2]);
      return { zoom: shot.zooms().now, lat, lng };
    },
    /** Shows a view a link names, within the zoom range. */
    show(at: MapAt, width: number, height: number): void {
      centreOn([at.lng, at.lat], at.zoom, width, height);
    },
    /** The reader has moved the map from its opening view. */
    moved(): boolean {
      const { k, x, y } = zoomTransform(svg);
      return k !== 1 || x !== 0 || y !== 0;
    },
    destroy(): void {
      selection.on('.zoom', null);
      svg.removeEventListener('keydown', onKey);
      controls.remove();
    },
  };
}
