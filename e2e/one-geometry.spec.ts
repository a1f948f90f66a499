import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { renderDocumentSvg } from '../src/io/svg/renderDocumentSvg';
import { parseTemplateFile } from '../src/model/templates/parseTemplate';
import { resolveTemplate } from '../src/model/templates/resolveTemplate';
import type { FlowEdge, Point, SalesDocument } from '../src/model/types';
import { test, expect } from './fixtures';
import { currentDocument, emptyDocument, nodeElement, openEditor, openInPlace, settledView, toScreen, viewportTransform } from './support/editor';
import { edge, node } from './support/documents';

// Issue 16: the canvas and the SVG export draw the same routes and label boxes, edge by edge, and
// a node dropped across an edge's way sends the edge around it, on screen and in the file.

const TEMPLATE_DIR = new URL('../templates/', import.meta.url);
const TEMPLATE_IDS = readdirSync(TEMPLATE_DIR).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''));

function templateDocument(id: string, language: 'en' | 'zh-CN'): SalesDocument {
  const template = parseTemplateFile(readFileSync(new URL(`${id}.json`, TEMPLATE_DIR), 'utf8'));
  if (!template.ok) throw new Error(`${id}: ${template.error.code}`);
  const doc = resolveTemplate(template.value, language, { id: `e2e-${id}`, now: Date.UTC(2026, 0, 1) });
  if (!doc.ok) throw new Error(`${id}: ${doc.error.code}`);
  return doc.value;
}

function numbersOf(d: string): number[] {
  return (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
}

function pointsOf(d: string): Point[] {
  const numbers = numbersOf(d);
  const points: Point[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
  return points;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The renderer's output, read the way another program would: by its named layers. */
function svgLayers(svg: string): { paths: string[]; labels: Box[] } {
  const edges = /<g class="edges">(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
  const paths = [...edges.matchAll(/<path d="([^"]*)"/g)].map((match) => match[1]!);
  const start = svg.indexOf('<g class="edge-labels">');
  const labelLayer = start < 0 ? '' : svg.slice(start, svg.indexOf('<g class="figures"', start) >>> 0 || undefined);
  const labels = [...labelLayer.matchAll(/<rect x="([^"]*)" y="([^"]*)" width="([^"]*)" height="([^"]*)"/g)].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
    width: Number(match[3]),
    height: Number(match[4]),
  }));
  return { paths, labels };
}

interface CanvasEdgeReading {
  d: string | null;
  label: Box | null;
}

async function readCanvasEdges(page: Page, edges: readonly FlowEdge[]): Promise<CanvasEdgeReading[]> {
  return page.evaluate(
    (ids) =>
      ids.map((id) => {
        const wrapper = document.querySelector(`.react-flow__edge[data-id="${CSS.escape(id)}"]`);
        const rect = wrapper?.querySelector('.sf-edge-label rect');
        const read = (name: string) => Number(rect?.getAttribute(name));
        return {
          d: wrapper?.querySelector('path.react-flow__edge-path')?.getAttribute('d') ?? null,
          label: rect ? { x: read('x'), y: read('y'), width: read('width'), height: read('height') } : null,
        };
      }),
    edges.map((e) => e.id),
  );
}

/** Edge by edge: path points within 1 unit, label boxes within 2 (canvas units; the zoom does not enter). */
async function expectCanvasMatchesExport(page: Page, name: string): Promise<void> {
  const doc = await currentDocument(page);
  const canvas = await readCanvasEdges(page, doc.edges);
  const exported = svgLayers(renderDocumentSvg(doc));
  expect(exported.paths, name).toHaveLength(doc.edges.length);
  const labelled = doc.edges.filter((e) => e.label !== undefined && e.label !== '');
  expect(exported.labels, name).toHaveLength(labelled.length);
  doc.edges.forEach((e, index) => {
    const reading = canvas[index]!;
    expect(reading.d, `${name}: edge ${e.id} is drawn`).not.toBeNull();
    const onScreen = pointsOf(reading.d!);
    const inFile = pointsOf(exported.paths[index]!);
    expect(onScreen.length, `${name}: ${e.id} has as many points on screen as in the file`).toBe(inFile.length);
    onScreen.forEach((p, i) => {
      expect(Math.abs(p.x - inFile[i]!.x), `${name}: ${e.id} point ${i}`).toBeLessThanOrEqual(1);
      expect(Math.abs(p.y - inFile[i]!.y), `${name}: ${e.id} point ${i}`).toBeLessThanOrEqual(1);
    });
  });
  labelled.forEach((e, index) => {
    const onScreen = canvas[doc.edges.indexOf(e)]!.label;
    const inFile = exported.labels[index]!;
    expect(onScreen, `${name}: label of ${e.id} is drawn`).not.toBeNull();
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(onScreen![key] - inFile[key]), `${name}: label of ${e.id}, ${key}`).toBeLessThanOrEqual(2);
    }
  });
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`every template (${language}) draws the same routes and labels on the canvas as in its SVG export`, async ({ page }) => {
    test.setTimeout(120_000);
    // One page load; each next template opens in place, as the library's next document would.
    const [first, ...rest] = TEMPLATE_IDS;
    await openEditor(page, templateDocument(first!, language), language);
    await expectCanvasMatchesExport(page, `${first} (${language})`);
    for (const id of rest) {
      await openInPlace(page, templateDocument(id, language), language);
      await expectCanvasMatchesExport(page, `${id} (${language})`);
    }
  });
}

test('a hand-edited Chinese document with a moved node draws the same on the canvas as in its export', async ({ page }) => {
  const doc = templateDocument('standard-sales-process', 'zh-CN');
  await openEditor(page, doc, 'zh-CN');
  const moved = doc.nodes[2]!;
  const box = (await nodeElement(page, moved.label).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 140, { steps: 8 });
  await page.mouse.up();
  await settledView(page);
  const after = await currentDocument(page);
  expect(after.nodes.find((n) => n.id === moved.id)!.position).not.toEqual(moved.position);
  await expectCanvasMatchesExport(page, 'moved node (zh-CN)');
});

function clearance(points: readonly Point[], b: Box): number {
  let nearest = Infinity;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const dx = Math.max(b.x - Math.max(p.x, q.x), 0, Math.min(p.x, q.x) - (b.x + b.width));
    const dy = Math.max(b.y - Math.max(p.y, q.y), 0, Math.min(p.y, q.y) - (b.y + b.height));
    nearest = Math.min(nearest, Math.hypot(dx, dy));
  }
  return nearest;
}

test('a node dropped across an unrelated edge sends the edge around it, on screen and in the exported SVG', async ({ page }) => {
  const doc: SalesDocument = {
    ...emptyDocument('Export test'),
    // Nodes above and below keep the line mid-screen, away from the edges where a drag pans the view.
    nodes: [node('a', 'stage', 'Qualify', 0, 0), node('b', 'stage', 'Propose', 600, 0), node('c', 'stage', 'Negotiate', 300, -300), node('d', 'stage', 'Sign', 300, 300)],
    edges: [edge('a', 'b', { id: 'ab' })],
  };
  await openEditor(page, doc);
  const before = pointsOf((await readCanvasEdges(page, doc.edges))[0]!.d!);
  expect(new Set(before.map((p) => p.y)).size, 'straight before the move').toBe(1);

  // Grab the node anywhere on its body and drop it with its middle on the middle of the line.
  const blocker = (await nodeElement(page, 'Negotiate').boundingBox())!;
  const transform = await viewportTransform(page);
  const lineY = before[0]!.y;
  const target = toScreen(transform, { x: 300 + blocker.width / transform.zoom / 2, y: lineY + 7 });
  await page.mouse.move(blocker.x + blocker.width / 2, blocker.y + blocker.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x, target.y, { steps: 10 });
  await page.mouse.up();

  const after = await currentDocument(page);
  const c = after.nodes.find((n) => n.id === 'c')!;
  const box = { x: c.position.x, y: c.position.y, width: c.size.width, height: c.size.height };
  expect(box.y, 'the node now sits across the old line').toBeLessThan(lineY);
  expect(box.y + box.height).toBeGreaterThan(lineY);
  await expect.poll(async () => clearance(pointsOf((await readCanvasEdges(page, after.edges))[0]!.d!), box)).toBeGreaterThanOrEqual(9.5);
  await page.screenshot({ path: 'test-results/screenshots/one-geometry-detour.png' });

  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const svg = readFileSync((await (await download).path())!, 'utf8');
  const [path] = svgLayers(svg).paths;
  expect(path).toBeDefined();
  expect(clearance(pointsOf(path!), box)).toBeGreaterThanOrEqual(9.5);
});
