/** The story drafter: pure TypeScript, no DOM and no node, for the CLI and the authoring page alike. */
export { draftStory, DraftInputError } from './draftStory.ts';
export { MAX_ARTICLE_CHARS } from './prepareText.ts';
export type { DraftOptions, DraftResult, DraftTables, Gazetteer, GazetteerEntry } from './types.ts';
