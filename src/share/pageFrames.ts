import type { Day } from '../story';
import { captureSvg } from './captureMap';
import type { FrameSource } from './renderFrames';
import type { ShareSource } from './shareSource';
import { viewDrawn } from './viewDrawn';

/**
 * The frames drawn on the page's own SVG map, where MapLibre does not run: each day is shown on
 * the page (the store's day, which the map follows), waits for the day's layer files, and its label
 * is the day the store then holds (the day drawn, not the day asked for). The page is put back on
 * its day by `destroy`.
 */
export function pageFrames(source: ShareSource, scale: number, signal: AbortSignal): FrameSource {
  const before = source.store.get().day;
  return {
    async show(day: Day, ahead: readonly Day[]): Promise<Day> {
      source.showDay(day, { history: 'replace', settled: false, ahead: [...ahead] });
      await viewDrawn(source, signal);
      return source.store.get().day;
    },
    image() {
      const svg = source.mapNode.querySelector<SVGSVGElement>('svg.picture');
      if (!svg) throw new Error(source.locale.t.exports.noMapYet);
      return captureSvg(svg, scale);
    },
    destroy: () => source.showDay(before, { history: 'replace', settled: true }),
  };
}
