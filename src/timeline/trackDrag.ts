import type { Day } from '../story/day';
import type { InputPhase } from '../state/inputPhase';
import { dayAt, type TrackGeometry } from '../ui/timeScale';
import { snapDay } from './snapDay';

export interface TrackDragOptions {
  /** The current layout, read at each pointer event. */
  geometry: () => TrackGeometry;
  eventDays: readonly Day[];
  /** Snap to an event day when the pointer is this close to it. */
  snapPx: number;
  /** Called as the drag begins, before the first input: playing stops. */
  onStart: () => void;
  onInput: (day: Day, phase: InputPhase) => void;
}

/**
 * Drag anywhere on the track to choose a day: start, moves, end. Pointer events cover mouse,
 * touch and pen; the event ticks keep their own clicks.
 */
export function trackDrag(track: HTMLElement, handle: HTMLElement, options: TrackDragOptions) {
  let dragging: number | null = null;
  const dayFromPointer = (event: PointerEvent): Day => {
    const geometry = options.geometry();
    const x = event.clientX - track.getBoundingClientRect().left - geometry.left;
    return snapDay(dayAt(geometry.scale, x), x, options.eventDays, geometry.xOf, options.snapPx);
  };
  const onDown = (event: PointerEvent) => {
    if (event.button !== 0 || (event.target as HTMLElement).closest('.timeline-event')) return;
    options.onStart();
    dragging = event.pointerId;
    track.setPointerCapture(event.pointerId);
    track.classList.add('is-dragging');
    handle.focus({ preventScroll: true });
    options.onInput(dayFromPointer(event), 'start');
    event.preventDefault();
  };
  const onMove = (event: PointerEvent) => {
    if (dragging !== event.pointerId) return;
    options.onInput(dayFromPointer(event), 'move');
  };
  const onUp = (event: PointerEvent) => {
    if (dragging !== event.pointerId) return;
    dragging = null;
    track.classList.remove('is-dragging');
    options.onInput(dayFromPointer(event), 'end');
  };
  track.addEventListener('pointerdown', onDown);
  track.addEventListener('pointermove', onMove);
  track.addEventListener('pointerup', onUp);
  track.addEventListener('pointercancel', onUp);

  return {
    destroy(): void {
      track.removeEventListener('pointerdown', onDown);
      track.removeEventListener('pointermove', onMove);
      track.removeEventListener('pointerup', onUp);
      track.removeEventListener('pointercancel', onUp);
    },
  };
}
