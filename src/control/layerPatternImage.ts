export { layerPatternImage } from '../ui/layerPatternImage';
