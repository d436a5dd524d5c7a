/** The drafter's tables as the CLI loads them: the curated places and the generated gazetteer. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DraftTables, Gazetteer } from '../../../src/draft/types.ts';
import type { RawPlacesFile } from '../../../src/story/types.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const json = (file: string): unknown => JSON.parse(readFileSync(`${root}${file}`, 'utf8'));

export const tables: DraftTables = {
  places: json('geo/places.json') as RawPlacesFile,
  gazetteer: json('geo/gazetteer.json') as Gazetteer,
};
