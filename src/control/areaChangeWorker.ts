import { areaChange, type Area, type AreaChange, type ChangeOptions } from './areaChange';

/** What the page asks of the worker: one change between two areas. */
export interface ChangeRequest {
  id: number;
  before: Area;
  after: Area;
  regions: { id: string; area: Area }[];
  options: ChangeOptions;
}

export type ChangeReply = { id: number; change: AreaChange } | { id: number; error: string };

// Polygon clipping of two real-size areas takes tens to hundreds of milliseconds: off the page's
// thread, so the slider and the map keep answering while it runs.
self.onmessage = (event: MessageEvent<ChangeRequest>) => {
  const { id, before, after, regions, options } = event.data;
  let reply: ChangeReply;
  try {
    reply = { id, change: areaChange(before, after, regions, options) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
