// The documents the benchmark opens: the model's seeded generator, run in the browser (see
// pages/generator.ts), at each size. One fixed seed, so every run and every machine draws the
// same diagrams.
import { openGeneratorPage } from './browser.mjs';

export const SEED = 9;
export const LANES = true;
/** Ids of the small placeholder document start with this, so the next one's render is seen. */
export const RESET_PREFIX = 'reset-';
const RESET_NODES = 4;

/**
 * A tiny document with every id prefixed. Opened between two measured opens, it takes the
 * previous diagram's teardown out of the next measurement, and lets the harness tell the next
 * diagram's nodes from this one's even if the generator draws the same ids for every seed.
 */
function placeholderFrom(text) {
  const file = JSON.parse(text);
  const rename = (id) => `${RESET_PREFIX}${id}`;
  const { document } = file;
  document.id = rename(document.id);
  document.lanes = document.lanes.map((lane) => ({ ...lane, id: rename(lane.id) }));
  document.nodes = document.nodes.map((node) => ({
    ...node,
    id: rename(node.id),
    ...(node.laneId !== undefined ? { laneId: rename(node.laneId) } : {}),
    ...(node.attachedTo !== undefined ? { attachedTo: rename(node.attachedTo) } : {}),
  }));
  document.edges = document.edges.map((edge) => ({
    ...edge,
    id: rename(edge.id),
    source: rename(edge.source),
    target: rename(edge.target),
  }));
  if (document.edges.length === 0) throw new Error('the placeholder document needs an edge');
  return JSON.stringify(file);
}

/**
 * Each document gets its own id (`bench-<key>`): the app keeps them all in its database, and the
 * generator would give documents of every size the same id from the same seed.
 */
function withDocumentId(text, key) {
  const file = JSON.parse(text);
  file.document.id = `bench-${key}`;
  return JSON.stringify(file);
}

/**
 * Map from node count to document file text, plus the placeholder, plus `extra` documents by key
 * (`{ key, nodes, lanes }`, e.g. a lane-free one for auto layout).
 */
export async function generateDocuments(browser, pagesOrigin, sizes, extra = []) {
  const page = await openGeneratorPage(browser, pagesOrigin);
  try {
    const generate = (nodes, lanes = LANES) =>
      page.evaluate(([n, seed, l]) => window.benchGenerate(n, seed, l), [nodes, SEED, lanes]);
    const bySize = new Map();
    for (const size of sizes) bySize.set(size, withDocumentId(await generate(size), String(size)));
    const byKey = new Map();
    for (const { key, nodes, lanes } of extra) byKey.set(key, withDocumentId(await generate(nodes, lanes), key));
    const placeholder = placeholderFrom(await generate(RESET_NODES));
    return { bySize, byKey, placeholder };
  } finally {
    await page.context().close();
  }
}

/** The `size`-node document as a draw.io file and a Mermaid text, through our own exporters. */
export async function generateInterchange(browser, pagesOrigin, size) {
  const page = await openGeneratorPage(browser, pagesOrigin);
  try {
    const generate = (format) => page.evaluate(([n, seed, l, f]) => window.benchGenerate(n, seed, l, f), [size, SEED, LANES, format]);
    return { drawio: await generate('drawio'), mermaid: await generate('mermaid') };
  } finally {
    await page.context().close();
  }
}

/** The smallest generated document with at least `steps` walkthrough steps: { text, nodes, steps }. */
export async function generateWithSteps(browser, pagesOrigin, steps) {
  const page = await openGeneratorPage(browser, pagesOrigin);
  try {
    const found = await page.evaluate(([s, seed]) => window.benchWithSteps(s, seed), [steps, SEED]);
    const file = JSON.parse(found.text);
    file.document.id = `bench-steps-${steps}`;
    return { ...found, text: JSON.stringify(file) };
  } finally {
    await page.context().close();
  }
}

/**
 * An event log of deal data with at least `rows` rows: { csv, xlsxBase64, rows, deals }. `options`:
 * { xlsx: false } leaves the workbook out, { wide: true } adds three CRM columns (pages/generator.ts).
 */
export async function generateDealLog(browser, pagesOrigin, rows, options = {}) {
  const page = await openGeneratorPage(browser, pagesOrigin);
  try {
    return await page.evaluate(([r, o]) => window.benchDealLog(r, o), [rows, options]);
  } finally {
    await page.context().close();
  }
}

function entriesOf(documents) {
  return [
    ['placeholder', documents.placeholder],
    ...[...documents.bySize].map(([size, text]) => [String(size), text]),
    ...[...(documents.byKey ?? [])],
  ];
}

/**
 * Makes the documents available to a page once, so that timed calls carry no megabytes of text.
 * The bare page keeps the texts. The app stores each in its database through its test hook (which
 * also opens it), so that a measured open is what opening from the library does.
 */
export async function stashDocuments(page, documents) {
  const isApp = await page.evaluate(() => window.salesflowTest !== undefined);
  for (const [key, text] of entriesOf(documents)) {
    if (isApp) {
      const error = await page.evaluate(async (t) => window.salesflowTest.openDocumentFile(t), text);
      if (error !== null) throw new Error(`the app refused document ${key}: ${error}`);
      const id = JSON.parse(text).document.id;
      await page.evaluate(([k, i]) => {
        window.__bench.docIds[k] = i;
      }, [key, id]);
    } else {
      await page.evaluate(([k, t]) => {
        window.__bench.docs[k] = t;
      }, [key, text]);
    }
  }
}

/** The app's own copy of a document: stored again as generated and reloaded, undoing any edit. */
export async function restoreAppDocument(page, text) {
  const error = await page.evaluate(async (t) => window.salesflowTest.openDocumentFile(t), text);
  if (error !== null) throw new Error(`the app refused the document: ${error}`);
}

// After the placeholder is painted the previous document's editor is still finishing its last
// save in the background (it flushes autosave and draws a thumbnail on leaving): let that pass.
const LEAVE_SETTLE_MS = 300;

/** Opens the tiny placeholder and lets the previous document's editor finish leaving. */
export async function openPlaceholder(page) {
  await page.evaluate(([prefix]) => window.__bench.open('placeholder', prefix, true), [RESET_PREFIX]);
  await page.waitForTimeout(LEAVE_SETTLE_MS);
}

/**
 * Opens document `key` (a size or an extra key) from the placeholder; returns its timings. The
 * bare page opens it at `viewport` when one is given.
 */
export function openFromPlaceholder(page, key, viewport = null) {
  return page.evaluate(([k, prefix, v]) => window.__bench.open(k, prefix, false, v), [String(key), RESET_PREFIX, viewport]);
}

/** Opens the placeholder, then document `key`; returns the second open's timings. */
export async function openMeasured(page, key, viewport = null) {
  await openPlaceholder(page);
  return openFromPlaceholder(page, key, viewport);
}
