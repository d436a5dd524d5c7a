/** The build's stories: the index the app imports, the files it writes, and a refusal. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORIES_MODULE, storiesPlugin } from '../../../scripts/storiesPlugin';
import { shippedStoryJson, validStory } from '../story/fixtures';

type Hook = (...args: unknown[]) => unknown;
const call = (hook: unknown, self: unknown, ...args: unknown[]) => (hook as Hook).call(self, ...args);

describe('storiesPlugin', () => {
  it('lists each story in a few bytes and writes it on one line without the editors’ fields', () => {
    const plugin = storiesPlugin(process.cwd(), ['geo/stories']);
    expect(plugin.first().id).toBe('luhansk-july-2022');
    const id = call(plugin.resolveId, {}, STORIES_MODULE) as string;
    const code = call(plugin.load, {}, id) as string;
    const listings = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as {
      id: string;
      url: string;
    }[];
    expect(listings).toEqual([
      {
        id: 'luhansk-july-2022',
        title: 'Russia claims control of Luhansk region; Zelensky vows to retake Lysychansk',
        period: { from: '2014-04-07', to: '2022-07-04' },
        url: expect.stringMatching(/^stories\/luhansk-july-2022-[0-9a-f]{8}\.json$/) as string,
      },
    ]);
    const files: { fileName: string; source: string }[] = [];
    call(plugin.generateBundle, {
      emitFile: (file: { fileName: string; source: string }) => files.push(file),
    });
    expect(files.map((f) => f.fileName)).toEqual([listings[0]!.url]);
    const shipped = files[0]!.source;
    expect(shipped).not.toContain('\n');
    // The story as written, less $schema, $comment and every note.
    const expected = JSON.parse(
      JSON.stringify(shippedStoryJson(), (key, value: unknown) =>
        ['$schema', '$comment', 'note'].includes(key) ? undefined : value,
      ),
    ) as unknown;
    expect(JSON.parse(shipped)).toEqual(expected);
    expect(shipped).not.toMatch(/"note"|"\$comment"/);
  });

  it('refuses to build stories that clash, with the checker’s lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-plugin-'));
    writeFileSync(join(dir, 'clash.json'), JSON.stringify(validStory()));
    const plugin = storiesPlugin(process.cwd(), ['geo/stories', relative(process.cwd(), dir)]);
    expect(() => plugin.first()).toThrow(/is also a source id in geo\/stories\/luhansk-july-2022\.json/);
  });
});
