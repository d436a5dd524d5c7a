/**
 * The code the map gets outside the first load (wireMapView's mapLater), as one chunk: the view in
 * the link's hash and the orientation layers.
 */
export { followView, mapLibreViewport } from './viewLink';
export { addContext } from '../map/contextLayers';
