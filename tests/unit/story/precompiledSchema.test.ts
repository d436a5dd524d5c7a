/**
 * The authoring page checks stories with the schema precompiled at build time (the page's CSP
 * forbids ajv's compiling at run time); scripts compile it when loaded. Both must say the same of
 * every story: this runs the build's module beside the compiled validator on good and broken stories.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { precompiledSchemaModule } from '../../../scripts/storySchemaPlugin.ts';
import { validateStorySchema } from '../../../src/story/storySchemaValidator.ts';
import { shippedStoryJson, validStory } from './fixtures.ts';
import { sampleStory } from '../author/sample.ts';

// Inside the project, so the module's imports of ajv's runtime resolve as in the build.
const DIR = 'tests/output/precompiled-schema';

async function precompiled(): Promise<ValidateFunction> {
  mkdirSync(DIR, { recursive: true });
  const file = `${DIR}/validator.mjs`;
  writeFileSync(file, precompiledSchemaModule());
  const module = (await import(pathToFileURL(file).href)) as { validateStorySchema: ValidateFunction };
  return module.validateStorySchema;
}

const verdict = (validate: ValidateFunction, story: unknown) => {
  const ok = validate(story);
  return {
    ok,
    errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.message ?? ''}`),
  };
};

/** Stories the schema accepts and stories it refuses for each kind of rule it has. */
function stories(): [string, unknown][] {
  const broken = (change: (story: Record<string, unknown> & ReturnType<typeof validStory>) => void) => {
    const story = validStory() as ReturnType<typeof validStory> & Record<string, unknown>;
    change(story);
    return story;
  };
  return [
    ['the shipped story', shippedStoryJson()],
    ['a drafted story', sampleStory()],
    ['a minimal story', validStory()],
    ['a required field missing', broken((s) => delete (s.claims[0] as Partial<(typeof s.claims)[0]>).party)],
    ['a wrong type', broken((s) => (s.period = 'July' as never))],
    ['an unknown field', broken((s) => (s.extra = 1))],
    ['a day in the wrong shape', broken((s) => (s.claims[0]!.from = '2022-7-3'))],
    ['a value not in the list', broken((s) => (s.claims[0]!.kind = 'owns' as never))],
    ['an empty name (counted in code points)', broken((s) => (s.title = ''))],
    ['a name of one emoji', broken((s) => (s.title = '🙂'))],
    ['not an object at all', [1, 2]],
  ];
}

describe('the precompiled story schema', () => {
  it('says of each story exactly what the schema compiled at load says', async () => {
    const built = await precompiled();
    for (const [name, story] of stories()) {
      expect(verdict(built, story), name).toEqual(verdict(validateStorySchema, story));
    }
    // The cases are not all alike: some pass and some fail.
    const results = stories().map(([, story]) => built(story));
    expect(results.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(results.filter((ok) => !ok).length).toBeGreaterThanOrEqual(6);
  });

  it('has no code left to compile at run time', () => {
    const code = precompiledSchemaModule();
    expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
    expect(code).toMatch(/export const validateStorySchema\b/);
  });
});
