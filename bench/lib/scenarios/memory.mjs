// Memory (issue 22), on an app page of its own, the page's JavaScript heap after forced garbage
// collections (the workers' heaps are their own):
// - edits: the 5,000-node document opened, one node selected and nudged with the arrow keys, each
//   press one edit and one undo step, 3,000 times; the heap once the undo history is full (100
//   steps, so after 150 edits) against the heap after all 3,000. Autosave, the geometry worker's
//   label places and the analysis go on as in use.
// - documents: 20 documents opened one after the other from their addresses and closed by going
//   back to the library, against the heap at the library before (after one round of every
//   document, so that code loaded once is in both figures).
import { openMeasured, openPlaceholder } from '../documents.mjs';
import { settle } from '../viewport.mjs';

const HISTORY_FULL_AFTER = 150;

async function toLibrary(page) {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.locator('.sf-library__actions').waitFor();
  // The editor finishes leaving in the background: its last save and picture.
  await page.waitForTimeout(1000);
}

let pressed = 0;
async function nudges(page, count) {
  for (let press = 0; press < count; press += 1, pressed += 1) await page.keyboard.press(pressed % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
}

export async function measureMemory({ app, editSize, edits, documentKeys, opens, log }) {
  const { page, metrics } = app;
  await openMeasured(page, editSize);
  await settle(page);
  const node = await page.evaluate(() => window.__bench.grabbableNodes()[0] ?? null);
  if (node === null) throw new Error(`no node of the ${editSize}-node document to select`);
  const point = await page.evaluate(({ fx, fy }) => {
    const rect = document.querySelector('.react-flow').getBoundingClientRect();
    return { x: rect.left + fx * rect.width, y: rect.top + fy * rect.height };
  }, node);
  await page.mouse.click(point.x, point.y);
  // The edits must be edits: the first press moves the node in the document.
  const xOf = () => page.evaluate((id) => JSON.parse(window.salesflowTest.documentFile()).document.nodes.find((n) => n.id === id).position.x, node.id);
  const startX = await xOf();
  await nudges(page, 1);
  if ((await xOf()) === startX) throw new Error(`an arrow key did not move node ${node.id}: the scripted edits would edit nothing`);
  await nudges(page, HISTORY_FULL_AFTER - 1);
  await page.waitForTimeout(1500);
  const historyFull = await metrics.heapAfterCollection();
  await nudges(page, edits - HISTORY_FULL_AFTER);
  await page.waitForTimeout(1500);
  const afterEdits = await metrics.heapAfterCollection();
  const editGrowth = afterEdits / historyFull - 1;
  log(`  ${edits} edits of ${editSize} nodes: heap ${(historyFull / 1048576).toFixed(1)} MB once the history is full, ${(afterEdits / 1048576).toFixed(1)} MB after (${(editGrowth * 100).toFixed(1)}%)`);

  await openPlaceholder(page);
  await toLibrary(page);
  for (const key of documentKeys) {
    await openMeasured(page, key);
    await toLibrary(page);
  }
  const before = await metrics.heapAfterCollection();
  for (let open = 0; open < opens; open += 1) {
    await openMeasured(page, documentKeys[open % documentKeys.length]);
    await toLibrary(page);
  }
  const after = await metrics.heapAfterCollection();
  const openGrowth = after / before - 1;
  log(`  ${opens} documents opened and closed: heap ${(before / 1048576).toFixed(1)} MB before, ${(after / 1048576).toFixed(1)} MB after (${(openGrowth * 100).toFixed(1)}%)`);
  return {
    edits: { nodes: editSize, edits, historyFullBytes: historyFull, afterBytes: afterEdits, growth: editGrowth },
    documents: { opens, documents: documentKeys.length, beforeBytes: before, afterBytes: after, growth: openGrowth },
  };
}
