/** The exports the Share menu offers, fetched together on its first choice. */
export { exportArea, exportCsv } from './exportData';
export { exportImage } from './exportImage';
export { AnimationPanel } from './AnimationPanel';
