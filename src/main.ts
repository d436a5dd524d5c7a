import './style.css';
import bbox from '@turf/bbox';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { loadGeo } from './data/loadGeo';
import { buildStyle } from './map/buildStyle';
import { claimMap } from './map/claimMap';
import { fontFaces } from './map/fonts';
import { attributionText } from './map/attributionText';

async function start(): Promise<void> {
  const container = document.getElementById('map');
  if (!container) throw new Error('index.html: #map is missing');
  const data = await loadGeo();
  const style = buildStyle({ data, fontFaces: fontFaces(document.baseURI), attribution: attributionText() });
  const view = claimMap(container, { style, bounds: bbox(data.oblasts) as LngLatBoundsLike });
  // A read-only handle for the browser tests and the benchmark.
  Object.assign(window, { __claimline: { map: view.map } });
}

start().catch((error: unknown) => {
  console.error(error);
  const message = document.createElement('p');
  message.className = 'load-error';
  message.setAttribute('role', 'alert');
  message.textContent = `Claimline could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.getElementById('app')?.prepend(message);
});
