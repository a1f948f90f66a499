// The layer table of DESIGN.md as ESLint rules: each folder lists what it must not import.
// Arrows point one way: lib <- geometry <- model <- layout, storage, io <- commands <- store <- canvas, ui <- app;
// commands may name i18n's message keys (types only).

const FOLDERS = ['lib', 'geometry', 'model', 'layout', 'storage', 'io', 'commands', 'store', 'canvas', 'ui', 'i18n', 'app'];

const ALLOWED = {
  lib: [],
  geometry: ['lib'],
  model: ['geometry', 'lib'],
  layout: ['model', 'geometry', 'lib'],
  storage: ['model', 'lib'],
  io: ['model', 'geometry', 'lib'],
  commands: ['model', 'layout', 'storage', 'io', 'lib'],
  store: ['model', 'commands', 'lib'],
  canvas: ['store', 'model', 'geometry', 'commands', 'i18n', 'lib'],
  ui: ['store', 'model', 'geometry', 'commands', 'storage', 'io', 'i18n', 'lib'],
  i18n: ['model', 'lib'],
  app: FOLDERS,
};

// Folders another may import for their types only: commands name message keys, never strings.
const TYPES_ONLY = {
  commands: ['i18n'],
};

const PACKAGES_ONLY_IN = {
  react: ['store', 'canvas', 'ui', 'app', 'i18n'],
  'react-dom': ['canvas', 'ui', 'app'],
  '@xyflow/react': ['canvas'],
  dexie: ['storage'],
  'dexie-react-hooks': ['ui', 'app'],
  elkjs: ['layout'],
  'html-to-image': ['io'],
  zustand: ['store', 'canvas', 'ui', 'app'],
};

function forbiddenFor(folder) {
  const allowed = new Set([folder, ...ALLOWED[folder]]);
  const typesOnly = new Set(TYPES_ONLY[folder] ?? []);
  const folderPatterns = FOLDERS.filter((other) => !allowed.has(other)).map((other) => ({
    group: [`**/${other}`, `**/${other}/**`],
    message: typesOnly.has(other)
      ? `src/${folder} may import only types from src/${other} (DESIGN.md, Layers).`
      : `src/${folder} may not import src/${other} (DESIGN.md, Layers).`,
    ...(typesOnly.has(other) ? { allowTypeImports: true } : {}),
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
