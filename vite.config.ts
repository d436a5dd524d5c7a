import { defineConfig } from 'vite';
import { controlIndexPlugin } from './scripts/controlIndexPlugin.ts';
import { cspPlugin } from './scripts/cspPlugin.ts';
import { firstPicturePlugin } from './scripts/firstPicturePlugin.ts';
import { preloadMapPlugin } from './scripts/preloadMapPlugin.ts';
import { storiesPlugin } from './scripts/storiesPlugin.ts';
import { storySchemaPlugin } from './scripts/storySchemaPlugin.ts';

// The site's stories (geo/stories/, and CLAIMLINE_EXTRA_STORIES for a test build), checked.
const stories = storiesPlugin();

// `base: './'` lets the built app live under any path, e.g. inside an article's iframe.
export default defineConfig({
  base: './',
  plugins: [
    controlIndexPlugin(),
    stories,
    firstPicturePlugin(stories.first),
    cspPlugin(),
    preloadMapPlugin(),
    storySchemaPlugin(),
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // maplibre-gl in a chunk of its own, so the benchmark can weigh Claimline's code and data
        // apart from it and a new version of the app does not invalidate the map library's cache.
        codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  // The authoring page (author.html) is built on its own, after the app: in one build the modules
  // both pages use would leave the app's entry for shared chunks, which the app's first load would
  // then fetch as extra files. Built apart, the app's files are the same as without the page.
  environments: {
    author: {
      consumer: 'client',
      build: {
        // The app's outDir (a test build's --outDir too), after the app was written there.
        emptyOutDir: false,
        copyPublicDir: false,
        rolldownOptions: { input: { author: 'author.html' } },
      },
    },
  },
  builder: {},
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
