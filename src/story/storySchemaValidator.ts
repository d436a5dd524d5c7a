/**
 * The story schema (geo/story.schema.json) compiled by ajv: what schemaErrors checks a story
 * against. Here it is compiled when first loaded, which runs generated code through `new Function`;
 * a page under the app's CSP (no 'unsafe-eval') gets this module precompiled instead, with the same
 * schema and ajv options (scripts/storySchemaPlugin.ts), so scripts and pages check by one rule set.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import storySchema from '../../geo/story.schema.json' with { type: 'json' };

/** The options the schema is compiled with, here and by the build's precompiled copy. */
export const STORY_SCHEMA_OPTIONS = { allErrors: true, strict: true } as const;

export const validateStorySchema: ValidateFunction = new Ajv(STORY_SCHEMA_OPTIONS).compile(storySchema);
