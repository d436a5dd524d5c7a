import { layerLabel } from '../control/kindName';
import type { ControlIndex } from '../control/layerFormat';
import type { KeyRow } from './drawFrame';
import type { Messages } from '../i18n/en';

/**
 * The imported layers an animation draws, `ids` of the page's list (null: every one), each with
 * its place in the list (which gives its style), and the page's key without the rows of the
 * layers left out (named in the page's words, as its key names them), so a frame neither draws nor names a layer that was not chosen.
 */
export function chosenLayers<L extends { index: ControlIndex }>(
  listed: readonly L[],
  ids: readonly string[] | null,
  key: readonly KeyRow[],
  words: Messages['layers'],
): { chosen: { loaded: L; position: number }[]; key: KeyRow[] } {
  const chosen = listed.flatMap((loaded, position) =>
    !ids || ids.includes(loaded.index.id) ? [{ loaded, position }] : [],
  );
  const left = new Set(
    listed
      .filter((loaded) => !chosen.some((c) => c.loaded === loaded))
      .map((l) => layerLabel(l.index, words)),
  );
  return { chosen, key: key.filter((row) => !left.has(row.text)) };
}
