import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'tests/output', 'playwright-report', 'bench-output'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render data as text (textContent), never as HTML.' },
        { property: 'outerHTML', message: 'Render data as text (textContent), never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render data as text, never as HTML.' },
      ],
    },
  },
  {
    // Tests index into results they have just asserted on.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Small pieces: a function does one job and a file holds one export's worth.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 250 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The composition root stays wiring only (issue 20): its start() reads in one screen.
    files: ['src/app/start.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  // The direction of imports (README, "Layout"). Data flows one way, so imports do too: src/story
  // knows nothing else; src/state knows the story; views (map, timeline, panel, control, picture, locator)
  // share only the neutral modules (story, state, data, ui: emitter, palette, appearance, track
  // scale, notices) and never import each other; only the composition root (src/app) imports every
  // folder, and no other folder imports it.
  // One rule object per folder: a later config object's options replace an earlier one's.
  ...importZones(),
  {
    // src/story and src/draft are pure: no DOM globals either, so they run in plain node (scripts,
    // tests) and in the page alike.
    files: ['src/story/**/*.ts', 'src/draft/**/*.ts'],
    languageOptions: { globals: {} },
  },
);

function importZones() {
  const notOutsideSrc = {
    regex: '^(\\.\\./)+(scripts|tests)(/|$)',
    message: 'src never imports scripts/ or tests/: they import src, not the other way round.',
  };
  const libraries = ['maplibre-gl', 'maplibre-gl/*', 'd3-*', '@turf/bbox', '@fontsource/*'];
  const zone = (folder, allowed, message, extra = []) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            notOutsideSrc,
            {
              regex: `^\\.\\./${allowed.length ? `(?!(${allowed.join('|')})(/|$))` : ''}[^./]+(/|$)`,
              message,
            },
            ...extra,
          ],
        },
      ],
    },
  });
  return [
    {
      // The composition roots: the app's, and the authoring page's.
      files: ['src/app/**/*.ts', 'src/author/**/*.ts'],
      rules: { 'no-restricted-imports': ['error', { patterns: [notOutsideSrc] }] },
    },
    zone('story', [], 'src/story is pure: it imports no other src folder.', [
      { group: libraries, message: 'src/story knows nothing of MapLibre, D3 or the DOM.' },
    ]),
    zone('draft', ['story'], 'src/draft imports only src/story.', [
      {
        group: [...libraries, 'node:*'],
        message: 'src/draft is pure: no MapLibre, D3, DOM or node; the CLI in scripts/ does the file I/O.',
      },
    ]),
    // src/i18n: the languages, their messages and the locale (Intl); pure, it reads only the story.
    zone('i18n', ['story'], 'src/i18n imports only src/story.', [
      { group: libraries, message: 'src/i18n holds words and formats, no view code.' },
    ]),
    zone('state', ['story', 'i18n'], 'src/state imports only src/story and src/i18n (the languages).', [
      { group: libraries, message: 'src/state holds no view code.' },
    ]),
    zone('data', ['story'], 'src/data imports only src/story.'),
    zone('ui', ['story', 'state', 'i18n'], 'src/ui holds shared pieces: it imports no view folder.'),
    // The exports write out what the views show: the story, the day and the imported layers' data.
    zone(
      'share',
      ['story', 'state', 'data', 'ui', 'i18n', 'control'],
      'src/share reads the story, the state and the imported layers (src/control); it imports no other view.',
    ),
    ...['map', 'timeline', 'panel', 'control', 'picture', 'locator'].map((view) =>
      zone(
        view,
        ['story', 'state', 'data', 'ui', 'i18n'],
        'A view never imports another view: share through src/story, src/state, src/data, src/ui or src/i18n, or get a slot from the composition root (src/app).',
      ),
    ),
  ];
}
