// The layer table of DESIGN.md as ESLint rules: each folder lists what it must not import.
// Arrows point one way: lib <- geometry <- model <- layout, storage, io, sync <- commands <- store <- canvas, ui <- app;
// commands may name i18n's message keys (types only). src/sync/binding is shared with the team
// server, which has no storage: it is held to model and lib (SUBFOLDERS).

const FOLDERS = ['lib', 'geometry', 'model', 'layout', 'storage', 'io', 'sync', 'commands', 'store', 'canvas', 'ui', 'i18n', 'app'];

const ALLOWED = {
  lib: [],
  geometry: ['lib'],
  model: ['geometry', 'lib'],
  layout: ['model', 'geometry', 'lib'],
  storage: ['model', 'lib'],
  io: ['model', 'geometry', 'lib'],
  sync: ['model', 'storage', 'lib'],
  commands: ['model', 'layout', 'storage', 'io', 'sync', 'lib'],
  store: ['model', 'commands', 'sync', 'lib'],
  canvas: ['store', 'model', 'geometry', 'commands', 'i18n', 'lib'],
  ui: ['store', 'model', 'geometry', 'commands', 'storage', 'io', 'sync', 'i18n', 'lib'],
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
  // The benchmark's baseline only: the PNG export rasterises our own SVG (src/io/export/renderPng.ts).
  'html-to-image': [],
  zustand: ['store', 'canvas', 'ui', 'app'],
  yjs: ['sync'],
  // The team server's own engines stay in server/; the browser speaks to it through the provider.
  '@hocuspocus/server': [],
  '@hocuspocus/extension-redis': [],
  'sql.js': [],
  pg: [],
  ioredis: [],
  '@hocuspocus/provider': ['sync'],
  'y-indexeddb': ['sync'],
};

// Folders held to fewer imports than the folder they sit in (DESIGN.md, Layers).
const SUBFOLDERS = {
  'sync/binding': ['model', 'lib'],
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

// A subfolder's rule replaces its parent folder's (ESLint keeps the last options of a rule), so it
// lists everything. Globs can't tell the parent from the subfolder inside it, so the parent is
// caught by regular expressions: `…/sync` or `…/sync/x` but not `…/sync/binding/x`, and from a
// file `depth` folders below the subfolder, `../` that many times and once more, then anything
// but the subfolder itself (`../x` from a file directly in src/sync/binding).
function forbiddenForSubfolder(subfolder, depth) {
  const [parent, own] = subfolder.split('/');
  const allowed = new Set([parent, ...SUBFOLDERS[subfolder]]);
  const folderPatterns = FOLDERS.filter((other) => !allowed.has(other)).map((other) => ({
    group: [`**/${other}`, `**/${other}/**`],
    message: `src/${subfolder} may not import src/${other} (DESIGN.md, Layers).`,
  }));
  const message = `src/${subfolder} may not import the rest of src/${parent} (DESIGN.md, Layers).`;
  const parentPatterns = [
    { regex: `(^|/)${parent}(/(?!${own}(/|$))|$)`, message },
    { regex: `^(\\.\\./){${depth}}\\.\\.(/(?!\\.\\.(/|$)|${own}(/|$))|$)`, message },
  ];
  const packagePatterns = forbiddenFor(parent).filter((pattern) => !pattern.group.some((group) => group.startsWith('**/')));
  return [...folderPatterns, ...parentPatterns, ...packagePatterns];
}

// The team server (server/, its own entry) imports model, sync/binding and lib only, and none of
// the browser's packages: a server that imported the store or React would pull the UI into Node.
const SERVER_MAY_IMPORT = ['model', 'lib'];
const SERVER_PACKAGES = new Set(['yjs', '@hocuspocus/server', '@hocuspocus/extension-redis', 'sql.js', 'pg', 'ioredis']);

function forbiddenForServer() {
  const folderPatterns = FOLDERS.filter((other) => !SERVER_MAY_IMPORT.includes(other) && other !== 'sync').map((other) => ({
    group: [`**/src/${other}`, `**/src/${other}/**`],
    message: `server/ may not import src/${other} (DESIGN.md, Layers).`,
  }));
  const syncPattern = {
    regex: '(^|/)src/sync(/(?!binding(/|$))|$)',
    message: 'server/ may import src/sync/binding only, not the rest of src/sync (DESIGN.md, Layers).',
  };
  const packagePatterns = Object.keys(PACKAGES_ONLY_IN)
    .filter((name) => !SERVER_PACKAGES.has(name))
    .map((name) => ({ group: [name, `${name}/**`], message: `${name} does not belong in server/ (DESIGN.md, Layers).` }));
  return [...folderPatterns, syncPattern, ...packagePatterns];
}

// Files up to this many folders below a subfolder get its rule.
const SUBFOLDER_DEPTHS = [0, 1, 2, 3];

export const layerRules = [
  ...FOLDERS.map((folder) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: [`src/${folder}/**/*.test.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: forbiddenFor(folder) }],
    },
  })),
  ...Object.keys(SUBFOLDERS).flatMap((subfolder) =>
    SUBFOLDER_DEPTHS.map((depth) => ({
      files: [`src/${subfolder}/${'*/'.repeat(depth)}*.{ts,tsx}`],
      ignores: [`src/${subfolder}/**/*.test.{ts,tsx}`],
      rules: {
        'no-restricted-imports': ['error', { patterns: forbiddenForSubfolder(subfolder, depth) }],
      },
    })),
  ),
  {
    files: ['server/**/*.ts'],
    // Tests, and the harness only they import, drive the server as a browser's session would.
    ignores: ['server/**/*.test.ts', 'server/testHarness.ts', 'server/vite.config.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: forbiddenForServer() }] },
  },
];
