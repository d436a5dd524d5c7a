import type { LocatorFeature } from '../../geo/lib/types';
import type { Locale } from '../i18n/locale';
import { emitter } from '../ui/emitter';
import { insetKeyMove, locatorProjection, viewBox, type Bounds, type InsetView } from '../ui/locatorFrame';
import { boxShapes, locatorShapes, type InsetShape } from '../ui/locatorShapes';
import { locatorViewText } from '../ui/locatorText';
import './locator.css';

const SVG = 'http://www.w3.org/2000/svg';

/** The main map's view, as the inset shows it: its centre and zoom, and its bounds. */
export interface LocatorState {
  at: InsetView;
  bounds: Bounds;
}

type LocatorEvents = { move: [at: InsetView] };

/** Keys this close together are one run: each goes on from where the last sent the map, ms. */
const KEY_RUN_MS = 600;

function svgShape({ tag, attributes, text }: InsetShape): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  // Names come from the data: set as text, never as markup.
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The locator inset, taken over from the page (the build writes it, firstLocator): its shapes
 * redrawn at the finer level, the main map's view drawn as a box that follows `update`, and the
 * reader's intents: a click or tap asks to move the map there, arrow keys to move it, + and - to
 * zoom (`on('move')`, a whole view; the composition root moves the map). It folds like any
 * disclosure (its toggle); the page folds it on phones.
 */
export function locatorView(node: HTMLDetailsElement, features: readonly LocatorFeature[], locale: Locale) {
  const words = locale.t.locator;
  const out = emitter<LocatorEvents>();
  const projection = locatorProjection();
  const frame = node.querySelector<HTMLElement>('.locator-map');
  const svg = node.querySelector('svg');
  if (!frame || !svg) throw new Error('locatorView: the page has no locator inset to take over');
  const box = document.createElementNS(SVG, 'g');
  box.setAttribute('class', 'locator-box');
  svg.replaceChildren(...locatorShapes(features, projection, 'fine', words.kyiv).map(svgShape), box);
  svg.dataset.detail = 'fine';

  const note = document.createElement('p');
  note.id = 'locator-keys';
  note.className = 'visually-hidden';
  note.textContent = words.keys;
  node.append(note);
  frame.tabIndex = 0;
  frame.setAttribute('role', 'application');
  frame.setAttribute('aria-roledescription', words.toggle.toLowerCase());
  frame.setAttribute('aria-describedby', note.id);
  frame.setAttribute('aria-label', words.label);

  let shown: LocatorState | null = null;
  // Where the last key sent the map: keys pressed while it is still moving there go on from it.
  let aimed: { at: InsetView; time: number } | null = null;
  const onClick = (event: MouseEvent) => {
    const rect = svg.getBoundingClientRect();
    if (!shown || rect.width === 0) return;
    const scale = projection.width / rect.width;
    const [lng, lat] = projection.invert([
      (event.clientX - rect.left) * scale,
      (event.clientY - rect.top) * scale,
    ]);
    out.emit('move', { zoom: shown.at.zoom, lat, lng });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !shown) return;
    const from = aimed && event.timeStamp - aimed.time < KEY_RUN_MS ? aimed.at : shown.at;
    const next = insetKeyMove(event.key, from, projection);
    if (!next) return;
    event.preventDefault();
    aimed = { at: next, time: event.timeStamp };
    out.emit('move', next);
  };
  frame.addEventListener('click', onClick);
  frame.addEventListener('keydown', onKey);
  let destroyed = false;

  return {
    element: node,
    /** The inset's drawing, for the exports. */
    svg,
    /** The main map's view: the box follows it. */
    update(state: LocatorState): void {
      if (destroyed) return;
      shown = state;
      const drawn = viewBox(projection, state.bounds);
      box.replaceChildren(...boxShapes(drawn).map(svgShape));
      if (drawn) box.setAttribute('data-box', [drawn.x, drawn.y, drawn.width, drawn.height].join(' '));
      else box.removeAttribute('data-box');
      frame.setAttribute('aria-label', locatorViewText(state.at, locale));
    },
    on: out.on,
    destroy(): void {
      destroyed = true;
      frame.removeEventListener('click', onClick);
      frame.removeEventListener('keydown', onKey);
      frame.removeAttribute('tabindex');
      note.remove();
      out.clear();
    },
  };
}

export type LocatorView = ReturnType<typeof locatorView>;
