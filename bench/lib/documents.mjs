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

/** Map from node count to document file text, plus the placeholder. */
export async function generateDocuments(browser, pagesOrigin, sizes) {
  const page = await openGeneratorPage(browser, pagesOrigin);
  try {
    const generate = (nodes) =>
      page.evaluate(([n, seed, lanes]) => window.benchGenerate(n, seed, lanes), [nodes, SEED, LANES]);
    const bySize = new Map();
    for (const size of sizes) bySize.set(size, await generate(size));
    const placeholder = placeholderFrom(await generate(RESET_NODES));
    return { bySize, placeholder };
  } finally {
    await page.context().close();
  }
}

/** Copies the documents into a page once, so that timed calls do not carry megabytes of text. */
export async function stashDocuments(page, documents) {
  const entries = [['placeholder', documents.placeholder], ...[...documents.bySize].map(([size, text]) => [String(size), text])];
  for (const [key, text] of entries) {
    await page.evaluate(([k, t]) => {
      window.__bench.docs[k] = t;
    }, [key, text]);
  }
}

/** Opens the placeholder, then document `size`; returns the timings of the second open. */
export async function openMeasured(page, size) {
  const reset = await page.evaluate(([prefix]) => window.__bench.open('placeholder', prefix, true), [RESET_PREFIX]);
  if (reset.error !== null) throw new Error(`the placeholder document was refused: ${reset.error}`);
  const opened = await page.evaluate(([key, prefix]) => window.__bench.open(key, prefix, false), [String(size), RESET_PREFIX]);
  if (opened.error !== null) throw new Error(`the ${size}-node document was refused: ${opened.error}`);
  return opened;
}
