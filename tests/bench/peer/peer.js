// The way most hand-made timeline maps scrub: remove the GeoJSON layer and add a new one styled for
// the new day. Bench only; loads the same geometry as the app and draws with SVG, Leaflet's default.
/* global L */
(async () => {
  const get = (name) => fetch(`geo/${name}`).then((r) => r.json());
  const [context, oblasts, cities] = await Promise.all([
    get('context.geojson'),
    get('oblasts.geojson'),
    get('cities.geojson'),
  ]);
  const colours = { ua: '#1f6fb4', ru: '#b2182b', lpr: '#f29e7c', dpr: '#f29e7c' };
  const map = L.map('map', { zoomControl: false, attributionControl: false, preferCanvas: false });
  L.geoJSON(context, {
    style: { color: '#c8c3b8', weight: 0.6, fillColor: '#f1efe9', fillOpacity: 1 },
  }).addTo(map);
  map.fitBounds(L.geoJSON(oblasts).getBounds(), { padding: [24, 24] });
  let layer = null;

  /** states: { oblasts: {fid: {holder, extent}}, cities: {fid: {holder}} } */
  function draw(states) {
    if (layer) map.removeLayer(layer);
    layer = L.layerGroup([
      L.geoJSON(oblasts, {
        style: (f) => {
          const s = states.oblasts[f.id] || {};
          return {
            color: '#3d3d3d',
            weight: 1.5,
            fillColor: colours[s.holder] || '#fbfaf6',
            fillOpacity: s.extent === 'all' ? 0.62 : s.extent === 'most' ? 0.4 : 1,
          };
        },
      }),
      L.geoJSON(cities, {
        pointToLayer: (f, at) =>
          L.circleMarker(at, {
            radius: 4,
            color: '#fff',
            weight: 1.5,
            fillOpacity: 1,
            fillColor: colours[(states.cities[f.id] || {}).holder] || '#fff',
          }),
      }),
    ]).addTo(map);
  }

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  window.peer = {
    ready: true,
    /** Time from the change to the second frame after it: the layer is rebuilt and painted. */
    async step(states) {
      const t0 = performance.now();
      draw(states);
      await frame();
      await frame();
      return performance.now() - t0;
    },
    async run(days, states) {
      const out = [];
      for (const day of days) out.push(await window.peer.step(states[day]));
      return out;
    },
  };
})();
