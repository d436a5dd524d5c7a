import { describe, expect, it } from 'vitest';
import type { MapAt } from '../../../src/state/viewHash';
import { followView, type Viewport, type ViewPage } from '../../../src/app/viewLink';

/** A page whose address and history are plain fields: replaceState rewrites the address. */
function fakePage(address: string) {
  const url = new URL(address, 'https://example.test');
  const replaced: string[] = [];
  const page = {
    location: { pathname: url.pathname, search: url.search, hash: url.hash },
    history: {
      state: null,
      replaceState(_state: unknown, _unused: string, next: string) {
        const moved = new URL(next, 'https://example.test');
        Object.assign(page.location, { pathname: moved.pathname, search: moved.search, hash: moved.hash });
        replaced.push(next);
      },
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  return { page: page as unknown as ViewPage, replaced, location: page.location };
}

/** A map at `at` whose moves the test makes, with the handlers followView gave it. */
function fakeViewport(at: MapAt) {
  let view = at;
  const ends: (() => void)[] = [];
  const viewport: Viewport = {
    at: () => view,
    show: (next) => (view = next),
    onMoveEnd: (run) => ends.push(run),
  };
  return {
    viewport,
    move(next: MapAt) {
      view = next;
      for (const end of ends) end();
    },
  };
}

const OPENING: MapAt = { zoom: 6, lat: 48.5, lng: 38.5 };
const PANNED: MapAt = { zoom: 8, lat: 48.9, lng: 38.4 };

describe('followView', () => {
  it('leaves a plain link plain while the map is where it opened', () => {
    const { page, replaced } = fakePage('/?date=2022-07-03');
    followView(fakeViewport(OPENING).viewport, page);
    expect(replaced).toEqual([]);
  });

  it('writes the view of a reader who moved the map before it came, at once', () => {
    const { page, replaced, location } = fakePage('/?date=2022-07-03');
    followView(fakeViewport(PANNED).viewport, page, { moved: true });
    expect(replaced).toHaveLength(1);
    expect(location.search).toBe('?date=2022-07-03');
    expect(location.hash).toBe('#map=8/48.9/38.4');
  });

  it('writes each later move in place, and a move back where it was written not again', () => {
    const { page, replaced, location } = fakePage('/?city=lysychansk');
    const map = fakeViewport(OPENING);
    followView(map.viewport, page);
    map.move(PANNED);
    expect(location.hash).toBe('#map=8/48.9/38.4');
    map.move(PANNED);
    expect(replaced).toHaveLength(1);
  });

  it('shows the view a link names and writes nothing, moved or not', () => {
    const { page, replaced } = fakePage('/#map=8.00/48.9000/38.4000');
    const map = fakeViewport(OPENING);
    followView(map.viewport, page, { moved: true });
    expect(map.viewport.at()).toEqual({ zoom: 8, lat: 48.9, lng: 38.4 });
    expect(replaced).toEqual([]);
  });
});
