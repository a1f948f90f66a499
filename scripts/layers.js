// The layer table of DESIGN.md as ESLint rules: each folder lists what it must not import.
// Arrows point one way: lib <- model <- layout, storage, io <- commands <- store <- canvas, ui <- app.

const FOLDERS = ['lib', 'model', 'layout', 'storage', 'io', 'commands', 'store', 'canvas', 'ui', 'i18n', 'app'];

const ALLOWED = {
  lib: [],
  model: ['lib'],
  layout: ['model', 'lib'],
  storage: ['model', 'lib'],
  io: ['model', 'lib'],
  commands: ['model', 'layout', 'storage', 'io', 'lib'],
  store: ['model', 'commands', 'lib'],
  canvas: ['store', 'model', 'commands', 'i18n', 'lib'],
  ui: ['store', 'model', 'commands', 'storage', 'io', 'i18n', 'lib'],
  i18n: ['model', 'lib'],
  app: FOLDERS,
};

const PACKAGES_ONLY_IN = {
  react: ['store', 'canvas', 'ui', 'app', 'i18n'],
  'react-dom': ['canvas', 'ui', 'app'],
  '@xyflow/react': ['canvas'],
  dexie: ['storage'],
  'dexie-react-hooks': ['ui', 'app'],
  elkjs: ['layout'],
  // The benchmark's baseline only: the PNG export rasterises our own SVG (src/io/export/renderPng.ts).
  'html-to-image': [],
  zustand: ['store', 'canvas', 'ui', 'app'],
};

function forbiddenFor(folder) {
  const allowed = new Set([folder, ...ALLOWED[folder]]);
  const folderPatterns = FOLDERS.filter((other) => !allowed.has(other)).map((other) => ({
    group: [`**/${other}`, `**/${other}/**`],
    message: `src/${folder} may not import src/${other} (DESIGN.md, Layers).`,
  }));
  const packagePatterns = Object.entries(PACKAGES_ONLY_IN)
    .filter(([, folders]) => !folders.includes(folder))
    .map(([name]) => ({
      group: [name, `${name}/**`],
      message: `${name} does not belong in src/${folder} (DESIGN.md, Layers).`,
    }));
  return [...folderPatterns, ...packagePatterns];
}

export const layerRules = FOLDERS.map((folder) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  ignores: [`src/${folder}/**/*.test.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', { patterns: forbiddenFor(folder) }],
  },
}));
