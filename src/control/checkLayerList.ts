import { isDay } from '../story/day';
import { WEB_ADDRESS_RULE, webAddress } from '../story/webAddress';
import {
  LAYER_KINDS,
  LAYERS_FORMAT,
  LAYERS_PATH,
  layerIndexPath,
  MAX_LAYERS,
  type LayerEntry,
} from './layerFormat';
import { isLayerId, isLayerKind, LAYER_ID_RULE } from './controlIndex';
import { cleanText, jsonValue, plainValue } from './messageValue';

/**
 * Checks the list of layers (LAYERS_PATH, named by `file` in messages). Returns the entries that
 * can be used and the reasons for the others, each naming the file, the item and the field: one
 * bad entry does not hide the rest. A file that is not a list of this format gives no entries.
 */
export function checkLayerList(raw: unknown, file = LAYERS_PATH): { layers: LayerEntry[]; errors: string[] } {
  const errors: string[] = [];
  const fail = (where: string, why: string) => errors.push(`${file}: ${where}: ${why}`);
  if (typeof raw !== 'object' || raw === null) {
    fail('file', 'is not a JSON object');
    return { layers: [], errors };
  }
  const list = raw as { format?: unknown; layers?: unknown };
  if (list.format !== LAYERS_FORMAT)
    fail('format', `expected "${LAYERS_FORMAT}", found ${jsonValue(list.format)}`);
  if (!Array.isArray(list.layers)) fail('layers', 'is missing or not a list');
  if (errors.length || !Array.isArray(list.layers)) return { layers: [], errors };
  const layers: LayerEntry[] = [];
  const seen = new Set<string>();
  (list.layers as unknown[]).forEach((item, i) => {
    const count = errors.length;
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Partial<LayerEntry>;
    const at = `layer ${i + 1}${typeof entry.id === 'string' ? ` (${cleanText(entry.id)})` : ''}`;
    if (typeof item !== 'object' || item === null) return fail(at, 'is not an object');
    if (!isLayerId(entry.id)) fail(at, `id (${jsonValue(entry.id)}) is not a layer id (${LAYER_ID_RULE})`);
    else if (seen.has(entry.id)) fail(at, 'id is listed twice');
    if (!isLayerKind(entry.kind))
      fail(at, `kind (${jsonValue(entry.kind)}) is not one of ${LAYER_KINDS.join(', ')}`);
    if (typeof entry.source?.name !== 'string' || entry.source.name === '')
      fail(at, 'source.name is missing');
    if (typeof entry.source?.licence !== 'string') fail(at, 'source.licence is missing');
    if (entry.source?.url !== undefined && webAddress(entry.source.url) === null)
      fail(at, `source.url (${jsonValue(entry.source.url)}) is not ${WEB_ADDRESS_RULE}`);
    if (!isDay(entry.from)) fail(at, `from (${plainValue(entry.from)}) is not a calendar day`);
    if (!isDay(entry.to)) fail(at, `to (${plainValue(entry.to)}) is not a calendar day`);
    else if (isDay(entry.from) && entry.to < entry.from)
      fail(at, `to (${entry.to}) is before from (${entry.from})`);
    if (isLayerId(entry.id) && entry.index !== layerIndexPath(entry.id))
      fail(at, `index (${jsonValue(entry.index)}) is not "${layerIndexPath(entry.id)}"`);
    if (errors.length > count) return;
    if (layers.length === MAX_LAYERS) return fail(at, `is beyond the ${MAX_LAYERS} layers the app shows`);
    seen.add(entry.id as string);
    layers.push(entry as LayerEntry);
  });
  return { layers, errors };
}
