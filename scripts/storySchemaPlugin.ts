import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { STORY_SCHEMA_OPTIONS } from '../src/story/storySchemaValidator.ts';

const MODULE = fileURLToPath(new URL('../src/story/storySchemaValidator.ts', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../geo/story.schema.json', import.meta.url));

/**
 * The story schema's validator as a module of plain code (ajv's standalone output), exporting
 * `validateStorySchema` and `STORY_SCHEMA_OPTIONS` as src/story/storySchemaValidator.ts does. ajv
 * refers to its runtime helpers with `require(...)`; each becomes an import.
 */
export function precompiledSchemaModule(schemaFile = SCHEMA): string {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { $id?: string };
  if (!schema.$id) throw new Error(`storySchemaPlugin: ${schemaFile} has no $id`);
  const ajv = new Ajv({ ...STORY_SCHEMA_OPTIONS, code: { source: true, esm: true } });
  ajv.addSchema(schema);
  const imports: string[] = [];
  const code = standaloneCode(ajv, { validateStorySchema: schema.$id }).replace(
    /require\("([^"]+)"\)\.default/g,
    (_, path: string) => {
      // A CommonJS module marked __esModule: bundlers differ on what its default import is, the
      // function or the module's exports, so the function is taken from either.
      const name = `ajvRuntime${imports.length}`;
      imports.push(
        `import ${name}Module from ${JSON.stringify(path)};`,
        `const ${name} = typeof ${name}Module === "function" ? ${name}Module : ${name}Module.default;`,
      );
      return name;
    },
  );
  if (/\brequire\(/.test(code)) throw new Error('storySchemaPlugin: ajv left a require() in its code');
  const options = `export const STORY_SCHEMA_OPTIONS = ${JSON.stringify(STORY_SCHEMA_OPTIONS)};`;
  return `${imports.join('\n')}\n${code.replace(/^"use strict";/, '')}\n${options}\n`;
}

/**
 * Pages run under a CSP without 'unsafe-eval', where ajv cannot compile a schema (it builds its
 * code with `new Function`). This serves src/story/storySchemaValidator.ts to the browser as the
 * same schema compiled ahead of time, so the authoring page checks a story by the very rules
 * `npm run story:check` uses.
 */
export function storySchemaPlugin(): Plugin {
  return {
    name: 'claimline-story-schema',
    load(id) {
      if (id.split('?')[0] !== MODULE) return null;
      this.addWatchFile(SCHEMA);
      return { code: precompiledSchemaModule(), moduleType: 'js' };
    },
  };
}
