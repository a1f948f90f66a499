import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { SalesDocument } from '../../src/model/types';
import { openLibrary } from './editor';

// Drawing tests start from nothing and drive the app as a person does: the library's
// `New flowchart`, the palette, the mouse on the canvas and the keyboard. What was stored is read
// back the way a person could: reload, then export the JSON file.

export async function newFlowchart(page: Page, language: 'en' | 'zh-CN' = 'en'): Promise<void> {
  await openLibrary(page, language);
  await page.getByRole('button', { name: language === 'en' ? 'New flowchart' : '新建流程图' }).click();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
}

/**
 * From the editor of the app already loaded, back to the library and `New flowchart` again: the
 * next step starts from nothing, as a page of its own would, without loading the app again.
 */
export async function anotherFlowchart(page: Page, language: 'en' | 'zh-CN' = 'en'): Promise<void> {
  await page.getByRole('button', { name: language === 'en' ? 'Back to library' : '返回文档库' }).click();
  await page.getByRole('button', { name: language === 'en' ? 'New flowchart' : '新建流程图' }).click();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

export function nodeByLabel(page: Page, label: string): Locator {
  return page.locator('.react-flow__node', { has: page.locator('.sf-node__label', { hasText: new RegExp(`^${label}$`) }) });
}

/** Reloads, so that only what was saved survives, then exports the document as JSON through the Export dialog. */
export async function savedDocument(page: Page): Promise<SalesDocument> {
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'JSON' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  return (JSON.parse(text) as { document: SalesDocument }).document;
}

export async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('the element has no box: it is not on screen');
  return found;
}

/**
 * Drags a connector from a node's handle and lets go at a point given as a share of the target
 * node's box (0.5, 0.5 is the middle of its body), moving in steps as a hand does.
 */
export async function dragConnector(page: Page, source: Locator, side: string, target: Locator, at: { x: number; y: number }): Promise<void> {
  await source.hover();
  const handle = source.locator(`.react-flow__handle-${side}`);
  await expect(handle).toBeVisible();
  const from = await box(handle);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const to = await box(target);
  await page.mouse.move(to.x + to.width * at.x, to.y + to.height * at.y, { steps: 15 });
  await page.mouse.up();
}

export function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Double-clicks the node, types its new label over the old one, and presses Enter, as a person renames a shape. */
export async function renameNode(page: Page, node: Locator, label: string, editorName = 'Edit label'): Promise<void> {
  await node.dblclick();
  const editor = page.getByRole('textbox', { name: editorName });
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
}

/** Drags one end of the selected edge and lets go at a point given as a share of the target node's box. */
export async function dragSelectedEdgeEnd(page: Page, end: 'source' | 'target', target: Locator, at: { x: number; y: number }): Promise<void> {
  const anchor = await box(page.locator(`.react-flow__edge.selected .react-flow__edgeupdater-${end}`));
  await page.mouse.move(anchor.x + anchor.width / 2, anchor.y + anchor.height / 2);
  await page.mouse.down();
  const to = await box(target);
  await page.mouse.move(to.x + to.width * at.x, to.y + to.height * at.y, { steps: 15 });
  await page.mouse.up();
}
