import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { StoryListing } from '../src/story/stories.ts';
import { checkStories, storyFolders, type CheckedStory } from './storyFiles.ts';

/** The module the app imports the stories' index from (src/data/storyListings.ts). */
export const STORIES_MODULE = 'virtual:claimline-stories';
const RESOLVED = `\0${STORIES_MODULE}`;

/**
 * The fields only an editor reads: the schema's address, the file's comment and each item's note
 * (how a day was resolved, why a source was chosen). The page shows none of them; they stay in the
 * story's file in the project.
 */
const EDITORS_ONLY = new Set(['$schema', '$comment', 'note']);

/** A story as the site ships it: its JSON without the editors' fields, on one line. */
function shipped({ story }: CheckedStory): string {
  return JSON.stringify(story, (key, value: unknown) => (EDITORS_ONLY.has(key) ? undefined : value));
}

interface Built {
  checked: CheckedStory;
  listing: StoryListing;
  json: string;
}

/**
 * The site's stories (scripts/storyFiles.ts: geo/stories/, and CLAIMLINE_EXTRA_STORIES for a test
 * build), checked: any error stops the build. Each is written to stories/<id>-<hash>.json (on one
 * line, without the editors' fields), and the app imports their index, a few bytes each (id,
 * title, period, file), from `virtual:claimline-stories`. Adding a story is dropping its reviewed
 * file into the folder and building. `first()` is the story a plain link opens (the first picture's).
 */
export function storiesPlugin(
  root = process.cwd(),
  folders = storyFolders(),
): Plugin & { first(): CheckedStory } {
  let built: Built[] | null = null;
  function build(): Built[] {
    const { stories, errors } = checkStories(root, folders);
    if (errors.length > 0) throw new Error(`the stories cannot be built:\n${errors.join('\n')}`);
    return stories.map((checked) => {
      const json = shipped(checked);
      const hash = createHash('sha256').update(json).digest('hex').slice(0, 8);
      const { id, story } = checked;
      const listing = { id, title: story.title, period: story.period, url: `stories/${id}-${hash}.json` };
      return { checked, listing, json };
    });
  }
  const stories = () => (built ??= build());
  return {
    name: 'claimline-stories',
    first(): CheckedStory {
      const [first] = stories();
      if (!first) throw new Error('the site has no story');
      return first.checked;
    },
    resolveId: (id) => (id === STORIES_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      return `export default ${JSON.stringify(stories().map((s) => s.listing))};`;
    },
    configureServer(server) {
      const dirs = folders.map((folder) => resolve(root, folder));
      server.watcher.add(dirs);
      server.watcher.on('all', (_event, path) => {
        if (!dirs.some((dir) => path.startsWith(dir))) return;
        built = null;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        const story = stories().find((s) => path.endsWith(`/${s.listing.url}`));
        if (!story) return next();
        response.setHeader('content-type', 'application/json');
        response.end(story.json);
      });
    },
    generateBundle() {
      for (const { listing, json } of stories())
        this.emitFile({ type: 'asset', fileName: listing.url, source: json });
    },
  };
}
