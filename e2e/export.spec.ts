import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { decodePng, pixelAt, type DecodedImage } from '../src/io/svg/testing/decodePng';
import { rasterizeSvg } from '../src/io/svg/testing/rasterize';
import { renderPngWithRsvg } from './support/rsvg';
import { serializeDocumentFile } from '../src/model/parse';
import type { SalesDocument } from '../src/model/types';
import { IMPORT_CHOOSER } from './support/importFile';
import { test, expect } from './fixtures';
import { closeExportDialog, currentDocument, emptyDocument, openEditor, openInPlace, startWith } from './support/editor';
import { edge, fifteenNodesTwoLanes, node } from './support/documents';

const SCREENSHOTS = 'test-results/screenshots';
const PADDING = 24;

/** Nodes in one row joined by straight edges: the diagram's bounds are the nodes' own. */
function rowOfThree(labels: [string, string, string] = ['Lead intake', '报价与谈判', 'Closed won']): SalesDocument {
  return {
    ...emptyDocument('Export test'),
    nodes: [
      node('a', 'start', labels[0], 0, 8, { volume: 100 }),
      node('b', 'stage', labels[1], 300, 4, { size: { width: 160, height: 64 } }),
      node('c', 'end', labels[2], 600, 8, { outcome: 'won' }),
    ],
    edges: [edge('a', 'b', { sourceHandle: 'right', targetHandle: 'left' }), edge('b', 'c', { sourceHandle: 'right', targetHandle: 'left' })],
  };
}

function nodeBounds(document: SalesDocument) {
  const minX = Math.min(...document.nodes.map((n) => n.position.x));
  const minY = Math.min(...document.nodes.map((n) => n.position.y));
  const maxX = Math.max(...document.nodes.map((n) => n.position.x + n.size.width));
  const maxY = Math.max(...document.nodes.map((n) => n.position.y + n.size.height));
  return { minX, minY, width: maxX - minX, height: maxY - minY };
}

async function exportFile(page: Page, format: 'PNG' | 'SVG' | 'JSON', setUp?: () => Promise<void>): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  if (setUp) await setUp();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`Export test.${format.toLowerCase()}`);
  const path = await file.path();
  return readFileSync(path);
}

const isBackground = ([r, g, b, a]: number[]) => a === 0 || (r! > 245 && g! > 245 && b! > 245);

function inkInside(image: DecodedImage, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  let total = 0;
  for (let y = Math.ceil(y0); y < Math.floor(y1); y += 2) {
    for (let x = Math.ceil(x0); x < Math.floor(x1); x += 2) {
      total += 1;
      if (!isBackground(pixelAt(image, x, y))) ink += 1;
    }
  }
  return ink / Math.max(total, 1);
}

// The checks that export a small document share an editor as steps of two tests: loading the app is
// most of what such a check costs. Each step loads its own document in place (startWith) and closes
// the Export dialog behind it, so it starts from what a new page showed.


const BAD_FILES: [string, string, RegExp][] = [
  ['truncated.json', '{"format":"salesflow","schemaVersion":1,', /not valid JSON/],
  ['array.json', '[1,2,3]', /not a Salesflow file/],
  ['excalidraw.json', '{"type":"excalidraw","elements":[]}', /not a Salesflow file/],
  ['future.json', '{"format":"salesflow","schemaVersion":999,"document":{}}', /newer version of Salesflow/],
  [
    'broken.json',
    serializeDocumentFile({ ...emptyDocument(), nodes: [node('a', 'stage', 'A', 0, 0)], edges: [edge('a', 'ghost')] }),
    /edges\[0\]\.target/,
  ],
];

test('exports in one loaded app: PNG and SVG, then the dialog, import errors and a JSON round trip', async ({ page }) => {
  // Two checks of several steps each, twice as slow on a loaded machine.
  test.setTimeout(180_000);
  await test.step('PNG and SVG: size and ink, a transparent background, a clean SVG, literal hostile labels and the forecast', async () => {
    await test.step('PNG: size is scale × bounds, every node and edge is drawn even when the canvas was zoomed far out', async () => {
      const document = rowOfThree();
      await openEditor(page, document);
      for (let step = 0; step < 12; step += 1) await page.keyboard.press('-');
      const bytes = await exportFile(page, 'PNG');
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(`${SCREENSHOTS}/export-zoomed-out.png`, bytes);
      const png = decodePng(bytes);
      const bounds = nodeBounds(document);
      const scale = 2;
      expect(png.width).toBe(Math.ceil(bounds.width + 2 * PADDING) * scale);
      expect(png.height).toBe(Math.ceil(bounds.height + 2 * PADDING) * scale);

      const toPixel = (x: number, y: number) => ({ x: (x - bounds.minX + PADDING) * scale, y: (y - bounds.minY + PADDING) * scale });
      for (const drawn of document.nodes) {
        const from = toPixel(drawn.position.x + 6, drawn.position.y + 6);
        const to = toPixel(drawn.position.x + drawn.size.width - 6, drawn.position.y + drawn.size.height - 6);
        expect(inkInside(png, from.x, from.y, to.x, to.y), drawn.label).toBeGreaterThan(0.5);
      }
      // The edge between a and b runs along their shared middle line.
      const a = document.nodes[0]!;
      const b = document.nodes[1]!;
      const middle = toPixel(0, a.position.y + a.size.height / 2).y;
      let edgePixels = 0;
      for (let x = toPixel(a.position.x + a.size.width + 20, 0).x; x < toPixel(b.position.x - 20, 0).x; x += 1) {
        for (let dy = -3; dy <= 3; dy += 1) {
          const [r, g, bl] = pixelAt(png, Math.round(x), Math.round(middle + dy));
          if (r! < 160 && g! < 170 && bl! < 190) edgePixels += 1;
        }
      }
      expect(edgePixels).toBeGreaterThan(50);
      await closeExportDialog(page);
    });

    await test.step('PNG: the transparent background leaves the corners clear', async () => {
      await startWith(page, rowOfThree());
      const png = decodePng(
        await exportFile(page, 'PNG', async () => {
          await page.getByLabel('Background').selectOption('transparent');
          await page.getByLabel('Scale').selectOption('1');
        }),
      );
      expect(pixelAt(png, 0, 0)[3]).toBe(0);
      expect(pixelAt(png, png.width - 1, png.height - 1)[3]).toBe(0);
      await closeExportDialog(page);
    });

    await test.step('SVG: parses, has every label and no foreignObject or script, and librsvg draws each node', async () => {
      const document = rowOfThree();
      await startWith(page, document);
      const text = (await exportFile(page, 'SVG')).toString('utf8');
      const parsed = await page.evaluate((svg) => {
        const xml = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return {
          error: xml.getElementsByTagName('parsererror').length,
          text: [...xml.querySelectorAll('text')].map((element) => element.textContent).join(' '),
          foreignObjects: xml.getElementsByTagName('foreignObject').length,
          scripts: xml.getElementsByTagName('script').length,
        };
      }, text);
      expect(parsed.error).toBe(0);
      expect(parsed.foreignObjects).toBe(0);
      expect(parsed.scripts).toBe(0);
      for (const drawn of document.nodes) expect(parsed.text.replace(/\s+/g, ' ')).toContain(drawn.label);

      const image = rasterizeSvg(text);
      const bounds = nodeBounds(document);
      for (const drawn of document.nodes) {
        const x0 = drawn.position.x - bounds.minX + PADDING + 6;
        const y0 = drawn.position.y - bounds.minY + PADDING + 6;
        expect(inkInside(image, x0, y0, x0 + drawn.size.width - 12, y0 + drawn.size.height - 12), drawn.label).toBeGreaterThan(0.5);
      }
      await closeExportDialog(page);
    });

    await test.step('SVG: hostile labels stay literal text', async () => {
      const hostile = '<script>alert(1)</script> & "quotes" \'single\' ]]>';
      await startWith(page, rowOfThree([hostile, 'B & C', '</svg>']));
      const text = (await exportFile(page, 'SVG')).toString('utf8');
      expect(text).not.toContain('<script>');
      const labels = await page.evaluate((svg) => {
        const xml = new DOMParser().parseFromString(svg, 'image/svg+xml');
        if (xml.getElementsByTagName('parsererror').length > 0) return null;
        return [...xml.querySelectorAll('title')].map((element) => element.textContent);
      }, text);
      expect(labels).toEqual(expect.arrayContaining([hostile, 'B & C', '</svg>']));
      await closeExportDialog(page);
    });

    await test.step('SVG and PNG can carry the forecast: volume badges, rate chips and a legend', async () => {
      await startWith(page, rowOfThree());
      const text = (
        await exportFile(page, 'SVG', async () => {
          await page.getByLabel('Include the forecast (volumes and conversion rates)').check();
        })
      ).toString('utf8');
      const texts = await page.evaluate((svg) => {
        const xml = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return [...xml.querySelectorAll('text')].map((element) => element.textContent ?? '');
      }, text);
      expect(texts.filter((content) => content === '100')).toHaveLength(3);
      expect(texts.filter((content) => content === '100%')).toHaveLength(2);
      expect(texts.some((content) => content.startsWith('Badges: expected deals per month'))).toBe(true);
      // The next step starts from an editor with no dialog over it.
      await closeExportDialog(page);
    });
  });

  await test.step('the export dialog screenshot, then import errors leave the document unchanged and exported JSON imports back identical', async () => {
    await test.step('screenshot: the export dialog', async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await openInPlace(page, { ...fifteenNodesTwoLanes('en'), title: 'Export test' });
      await page.keyboard.press('Control+Shift+E');
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await expect(dialog.getByRole('img', { name: 'Preview' })).toBeVisible();
      await expect(dialog.getByText(/^Image size: \d+ × \d+ px$/)).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/export-dialog.png` });
      await dialog.getByRole('button', { name: 'Close' }).click();
      const svg = (await exportFile(page, 'SVG')).toString('utf8');
      writeFileSync(`${SCREENSHOTS}/export-15-nodes.png`, Buffer.from(await renderPngWithRsvg(svg)));
      await closeExportDialog(page);
    });

    await test.step('each import error shows its message and leaves the document unchanged', async () => {
      await startWith(page, rowOfThree());
      const before = await currentDocument(page);
      for (const [name, content, message] of BAD_FILES) {
        await page.getByLabel(IMPORT_CHOOSER.en).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
        await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
        expect(await currentDocument(page)).toEqual(before);
      }
    });

    // Last, since it leaves another document open.
    await test.step('JSON: the exported file imports back to an identical document', async () => {
      const document = fifteenNodesTwoLanes('zh-CN');
      await startWith(page, { ...document, title: 'Export test' });
      const before = await currentDocument(page);
      const text = (await exportFile(page, 'JSON')).toString('utf8');
      const file = JSON.parse(text);
      expect(file).toMatchObject({ format: 'salesflow', schemaVersion: 2, writtenBy: { app: 'salesflow' } });
      expect(file.document).toEqual(before);
      expect(text).toContain('\n  "format"');

      await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Close' }).click();
      await page.evaluate(() => window.salesflowTest!.openDocumentFile('{"format":"salesflow","schemaVersion":1,"writtenBy":{"app":"salesflow","version":"x"},"document":{"id":"other","title":"Other","createdAt":0,"updatedAt":0,"settings":{"direction":"LR","gridSize":20,"snapToGrid":true,"period":"month","currency":"USD"},"lanes":[],"nodes":[],"edges":[]}}'));
      await page.getByLabel(IMPORT_CHOOSER.en).setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
      // Replacing takes a history snapshot first, then swaps the content.
      await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(before.nodes.length);
      const after = await currentDocument(page);
      expect({ ...after, id: before.id, createdAt: before.createdAt, updatedAt: before.updatedAt }).toEqual(before);
    });
  });
});
