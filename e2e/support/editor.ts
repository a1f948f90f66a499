import { expect, type Locator, type Page } from '@playwright/test';
import { serializeDocumentFile } from '../../src/model/parse';
import type { SalesDocument } from '../../src/model/types';
import { createDocument } from '../../src/model/document';

export function emptyDocument(title = 'Test flowchart'): SalesDocument {
  return createDocument({ id: 'e2e-doc', title, now: Date.UTC(2026, 0, 1) });
}

/**
 * Stores the document and opens it in the editor. The language and theme are set before the first
 * load; with `keepLanguage` they are set only once, so a test can switch them and reload.
 */
export async function openEditor(
  page: Page,
  document: SalesDocument,
  language: 'en' | 'zh-CN' = 'en',
  options: { keepLanguage?: boolean } = {},
): Promise<void> {
  await page.addInitScript(
    ([lang, once]) => {
      if (once && sessionStorage.getItem('salesflow:seeded')) return;
      localStorage.setItem('salesflow:language', lang);
      localStorage.setItem('salesflow:theme', 'light');
      sessionStorage.setItem('salesflow:seeded', '1');
    },
    [language, options.keepLanguage ?? false] as const,
  );
  await page.goto('/');
  await page.waitForFunction(() => window.salesflowTest !== undefined);
  await openInPlace(page, document, language);
}

/**
 * Opens the document in the app already loaded, with no page load, and fits the view: the same
 * id replaces the open document with a fresh history and no selection, another id goes to it.
 */
export async function openInPlace(page: Page, document: SalesDocument, language: 'en' | 'zh-CN' = 'en'): Promise<void> {
  const error = await page.evaluate((text) => window.salesflowTest!.openDocumentFile(text), serializeDocumentFile(document));
  if (error !== null) throw new Error(`the test document did not open: ${error}`);
  // Another id is opened by going to its address: wait for its editor before fitting its view.
  await expect
    .poll(() => page.evaluate(() => {
      try {
        return (JSON.parse(window.salesflowTest!.documentFile()) as { document: { id: string } }).document.id;
      } catch {
        return null;
      }
    }), { intervals: [50] })
    .toBe(document.id);
  // Fit view pressed before the canvas has its size is owed until it has; wait so that it applies now.
  if (document.nodes.length > 0) await expect(page.locator('.react-flow__node').first()).toBeAttached();
  await page.getByRole('button', { name: language === 'en' ? 'Fit view' : '适应视图' }).click();
  await settledView(page);
}

/** A node by its id, for connecting by its handles or checking what it draws. */
export function nodeById(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/**
 * Opens a step's own document in the editor already loaded (openInPlace), as a new page opens it,
 * without loading the app again. Once fitted, every node is in view and drawn, which shows that
 * the view is the new document's.
 */
export async function startWith(page: Page, document: SalesDocument, language: 'en' | 'zh-CN' = 'en'): Promise<void> {
  await openInPlace(page, document, language);
  await expect(page.locator('.react-flow__node')).toHaveCount(document.nodes.length);
  for (const shown of document.nodes) await expect(nodeById(page, shown.id)).toContainText(shown.label);
}

/** Closes the Export dialog, which keeps its choices only while it is open, so the next export starts afresh. */
export async function closeExportDialog(page: Page, language: 'en' | 'zh-CN' = 'en'): Promise<void> {
  const dialog = page.getByRole('dialog', { name: language === 'en' ? 'Export' : '导出' });
  await dialog.getByRole('button', { name: language === 'en' ? 'Close' : '关闭' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * Waits until the view has stopped moving: a fit or zoom is applied a frame or more later. A
 * 5,000-node diagram may take longer than expect's default to draw the view it fitted.
 */
export async function settledView(page: Page, timeout?: number): Promise<void> {
  let previous = '';
  await expect
    .poll(async () => {
      const current = await drawnView(page);
      // React draws a new view a render after d3 took it: under load that is longer than a poll.
      const settled = current !== null && current === previous;
      previous = current ?? '';
      return settled;
    }, { intervals: [50], ...(timeout === undefined ? {} : { timeout }) })
    .toBe(true);
}

/** The drawn transform, or null while it is not yet the one the zoom behaviour holds. */
function drawnView(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const zoomPane = document.querySelector<HTMLElement & { __zoom?: { x: number; y: number; k: number } }>('.react-flow__renderer');
    if (!viewport || !zoomPane) return null;
    const drawn = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const held = zoomPane.__zoom;
    // The computed style keeps six significant digits.
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-3 + 1e-5 * Math.abs(b);
    if (held && !(close(drawn.a, held.k) && close(drawn.e, held.x) && close(drawn.f, held.y))) return null;
    return `${drawn.a} ${drawn.e} ${drawn.f}`;
  });
}

export async function currentDocument(page: Page): Promise<SalesDocument> {
  const text = await page.evaluate(() => window.salesflowTest!.documentFile());
  return (JSON.parse(text) as { document: SalesDocument }).document;
}

export function pane(page: Page): Locator {
  return page.locator('.react-flow__pane');
}

export function nodeElement(page: Page, label: string): Locator {
  return page.locator('.react-flow__node', { has: page.locator('.sf-node__label', { hasText: label }) }).first();
}

export interface ViewportTransform {
  x: number;
  y: number;
  zoom: number;
  left: number;
  top: number;
}

/** The canvas transform, read from the DOM, to turn screen points into canvas units in tests. */
export async function viewportTransform(page: Page): Promise<ViewportTransform> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const matrix = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const rect = document.querySelector('.react-flow')!.getBoundingClientRect();
    return { x: matrix.e, y: matrix.f, zoom: matrix.a, left: rect.left, top: rect.top };
  });
}

export function toCanvas(transform: ViewportTransform, screen: { x: number; y: number }) {
  return {
    x: (screen.x - transform.left - transform.x) / transform.zoom,
    y: (screen.y - transform.top - transform.y) / transform.zoom,
  };
}

export function toScreen(transform: ViewportTransform, canvas: { x: number; y: number }) {
  return {
    x: canvas.x * transform.zoom + transform.x + transform.left,
    y: canvas.y * transform.zoom + transform.y + transform.top,
  };
}

/**
 * Drags a palette item onto the canvas with the HTML5 drag events a browser fires, sharing one
 * DataTransfer, so that the drop lands exactly on the given point of the pane.
 */
export async function dragFromPalette(page: Page, itemName: string, target: { x: number; y: number }): Promise<void> {
  const box = (await pane(page).boundingBox())!;
  const clientX = box.x + target.x;
  const clientY = box.y + target.y;
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  const item = page.getByRole('button', { name: itemName, exact: true });
  await item.dispatchEvent('dragstart', { dataTransfer });
  await pane(page).dispatchEvent('dragenter', { dataTransfer, clientX, clientY });
  await pane(page).dispatchEvent('dragover', { dataTransfer, clientX, clientY });
  await pane(page).dispatchEvent('drop', { dataTransfer, clientX, clientY });
  await item.dispatchEvent('dragend', { dataTransfer });
}

/** The library, with the language and theme set once for the whole test (reloads keep switches). */
export async function openLibrary(page: Page, language: 'en' | 'zh-CN' = 'en') {
  await page.addInitScript((lang) => {
    if (sessionStorage.getItem('salesflow:seeded')) return;
    localStorage.setItem('salesflow:language', lang);
    localStorage.setItem('salesflow:theme', 'light');
    sessionStorage.setItem('salesflow:seeded', '1');
  }, language);
  await page.goto('/');
  await page.waitForFunction(() => window.salesflowTest !== undefined);
}

/** Drags a connector from one node's handle to another node's handle with the mouse, as a person does. */
export async function connectHandles(page: Page, source: Locator, sourceSide: string, target: Locator, targetSide: string): Promise<void> {
  await source.hover();
  const handle = source.locator(`.react-flow__handle-${sourceSide}`);
  await expect(handle).toBeVisible();
  const from = (await handle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await target.hover({ force: true });
  const to = (await target.locator(`.react-flow__handle-${targetSide}`).boundingBox())!;
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await page.mouse.up();
}
