import type { Page } from '@playwright/test';
import type { SalesDocument } from '../src/model/types';
import { IMPORT_CHOOSER } from './support/importFile';
import { test, expect } from './fixtures';
import { currentDocument, openEditor, openLibrary } from './support/editor';
import { threeInARow } from './support/documents';

// The one file door with Mermaid (issue 20): a .mmd file chosen or dropped in the library becomes a
// new document laid out by our auto layout, with what it left out listed; in the editor it is
// inserted beside the diagram or replaces it, one undo step each. Expected labels, lanes and lines
// are written out here from the fixtures, not computed by the app's reader.

const SHOTS = 'test-results/screenshots';

const INBOUND = [
  '---',
  'title: Inbound',
  '---',
  '%% The SDR team hands over to account executives',
  'flowchart LR',
  '  subgraph sdr [SDR]',
  '    lead([New lead]) --> qualify[Qualify]',
  '  end',
  '  subgraph ae [Account executive]',
  '    demo[Demo] --> deal{Deal?}',
  '  end',
  '  qualify -->|Qualified · 40%| demo',
  '  deal -->|Yes| won([Won]):::won',
  '  deal -->|No| lost([Lost]):::lost',
  '  qualify --> qualify',
  '  qualify --> demo',
].join('\n');

const LABELS = ['New lead', 'Qualify', 'Demo', 'Deal?', 'Won', 'Lost'];

const CHINESE = [
  'flowchart TB',
  '  a(["新线索"]) --> b["客户说#quot;好#quot;"]',
  '  b --> c{"签约？"}',
  '  c -->|"是 · 45%"| d(["赢单"]):::won',
  '  c -->|否| e(["丢单"]):::lost',
  '  c --> c',
].join('\n');

function mmd(name: string, text: string) {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(text) };
}

async function chooseFile(page: Page, file: ReturnType<typeof mmd>, language: 'en' | 'zh-CN' = 'en') {
  await page.getByLabel(IMPORT_CHOOSER[language]).setInputFiles(file);
}

async function drop(page: Page, name: string, text: string) {
  await page.evaluate(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: '' }));
      for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    [name, text] as const,
  );
}

/** What the document holds; its edit time moves with every step, undone ones too. */
function held(doc: SalesDocument) {
  return { ...doc, updatedAt: 0 };
}

function labelsOf(doc: SalesDocument): string[] {
  return doc.nodes.map((node) => node.label).sort();
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectNoOverlap(doc: SalesDocument) {
  const boxes = doc.nodes.map((node) => ({ ...node.position, ...node.size }));
  for (const [index, a] of boxes.entries()) for (const b of boxes.slice(index + 1)) expect(overlaps(a, b)).toBe(false);
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.trim() === needle) + 1;
}

test('a .mmd file chosen in the library opens as a new, laid-out document with its lanes, and says what it left out', async ({ page }) => {
  await openLibrary(page);
  await chooseFile(page, mmd('inbound.mmd', INBOUND));
  await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  for (const label of LABELS) await expect(page.locator('.sf-node__label', { hasText: label }).first()).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);
  for (const label of ['Qualified', 'Yes', 'No']) await expect(page.locator('.sf-edge-label').getByText(label, { exact: true })).toBeVisible();
  await expect(page.locator('.sf-lane__label', { hasText: 'SDR' })).toBeVisible();
  await expect(page.locator('.sf-lane__label', { hasText: 'Account executive' })).toBeVisible();

  const notice = page.getByRole('status', { name: /Imported from Mermaid/ });
  await expect(notice).toContainText(`Line ${lineOf(INBOUND, 'qualify --> qualify')}: the link from “qualify” to itself was left out.`);
  await expect(notice).toContainText(`Line ${lineOf(INBOUND, 'qualify --> demo')}: a second link from “qualify” to “demo” was left out.`);
  await page.screenshot({ path: `${SHOTS}/library-mmd-en.png` });

  const doc = await currentDocument(page);
  expect(doc.title).toBe('inbound');
  expect(doc.settings.direction).toBe('LR');
  expect(labelsOf(doc)).toEqual([...LABELS].sort());
  expect(doc.lanes.map((lane) => lane.label)).toEqual(['SDR', 'Account executive']);
  const lane = new Map(doc.lanes.map((item) => [item.id, item.label]));
  expect(Object.fromEntries(doc.nodes.map((node) => [node.label, node.laneId ? lane.get(node.laneId) : null]))).toEqual({
    'New lead': 'SDR', Qualify: 'SDR', Demo: 'Account executive', 'Deal?': 'Account executive', Won: null, Lost: null,
  });
  const byLabel = new Map(doc.nodes.map((node) => [node.label, node]));
  expect(byLabel.get('Won')).toMatchObject({ kind: 'end', outcome: 'won' });
  expect(byLabel.get('Deal?')?.kind).toBe('decision');
  const qualified = doc.edges.find((edge) => edge.label === 'Qualified');
  expect(qualified?.conversionRate).toBeCloseTo(0.4);
  // Laid out by auto layout: nothing overlaps, and the flow runs left to right.
  expectNoOverlap(doc);
  expect(byLabel.get('New lead')!.position.x).toBeLessThan(byLabel.get('Qualify')!.position.x);
  expect(byLabel.get('Demo')!.position.x).toBeLessThan(byLabel.get('Deal?')!.position.x);

  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByRole('article', { name: 'inbound', exact: true })).toBeVisible();
});

test('a Mermaid chart dropped on the library opens in its own direction; a broken draw.io file is refused with a message', async ({ page }) => {
  await openLibrary(page);
  await drop(page, 'diagram.drawio', '<mxfile host="app.diagrams.net"><diagram id="a">x</diagram></mxfile>');
  await expect(page.getByRole('alert').filter({ hasText: 'The compressed page “1” could not be unpacked.' })).toBeVisible();
  await expect(page).not.toHaveURL(/#\/doc/);
  await drop(page, 'notes.txt', INBOUND.replace('flowchart LR', 'flowchart TD'));
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  const doc = await currentDocument(page);
  expect(doc.settings.direction).toBe('TB');
  const byLabel = new Map(doc.nodes.map((node) => [node.label, node]));
  expect(byLabel.get('New lead')!.position.y).toBeLessThan(byLabel.get('Qualify')!.position.y);
  expectNoOverlap(doc);
});

test('in the editor a Mermaid chart is inserted beside the diagram, selected, and one Undo takes it away; Replace swaps the content', async ({ page }) => {
  await openEditor(page, threeInARow());
  const before = await currentDocument(page);
  const plain = INBOUND.split('\n').filter((line) => !/subgraph|^\s*end$/.test(line)).join('\n');

  // Escape leaves everything as it was.
  await chooseFile(page, mmd('plain.mmd', plain));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Insert' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await currentDocument(page)).toEqual(before);

  await chooseFile(page, mmd('plain.mmd', plain));
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(10);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(6);
  await expect(page.getByRole('status', { name: /Imported from Mermaid/ })).toContainText('the link from “qualify” to itself was left out.');
  await page.screenshot({ path: `${SHOTS}/editor-insert-en.png` });
  const inserted = await currentDocument(page);
  expect(inserted.title).toBe(before.title);
  const old = inserted.nodes.filter((node) => before.nodes.some((item) => item.id === node.id));
  const added = inserted.nodes.filter((node) => !before.nodes.some((item) => item.id === node.id));
  expect(old).toEqual(before.nodes);
  expect(added.map((node) => node.label).sort()).toEqual([...LABELS].sort());
  const rightmost = Math.max(...old.map((node) => node.position.x + node.size.width));
  for (const node of added) expect(node.position.x).toBeGreaterThan(rightmost);
  expectNoOverlap(inserted);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  expect(held(await currentDocument(page))).toEqual(held(before));

  await chooseFile(page, mmd('inbound.mmd', INBOUND));
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await expect(page.locator('.sf-lane__label', { hasText: 'Account executive' })).toBeVisible();
  const replaced = await currentDocument(page);
  expect(replaced.id).toBe(before.id);
  expect(replaced.title).toBe(before.title);
  expect(labelsOf(replaced)).toEqual([...LABELS].sort());
  await page.screenshot({ path: `${SHOTS}/editor-replace-en.png` });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => labelsOf(await currentDocument(page))).toEqual(labelsOf(before));

  // Bad input: a message, and the document as it was.
  const now = await currentDocument(page);
  await chooseFile(page, mmd('broken.mmd', 'flowchart LR\n  a[Lead --> b'));
  await expect(page.getByRole('alert').filter({ hasText: 'The file could not be imported: Line 2 could not be read' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await currentDocument(page)).toEqual(now);
});

test('a Chinese .mmd with quotes imports with its labels and a Chinese notice', async ({ page }) => {
  await openLibrary(page, 'zh-CN');
  await chooseFile(page, mmd('销售流程.mmd', CHINESE), 'zh-CN');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  for (const label of ['新线索', '客户说"好"', '签约？', '赢单', '丢单']) await expect(page.locator('.sf-node__label', { hasText: label })).toBeVisible();
  await expect(page.locator('.sf-edge-label').getByText('是', { exact: true })).toBeVisible();
  await expect(page.getByRole('status', { name: /已从 Mermaid 导入/ })).toContainText('第 6 行：从“c”连回自身的连线已略过。');
  await page.screenshot({ path: `${SHOTS}/library-mmd-zh.png` });
  const doc = await currentDocument(page);
  expect(doc.title).toBe('销售流程');
  expect(doc.settings.direction).toBe('TB');
  expect(labelsOf(doc)).toEqual(['新线索', '客户说"好"', '签约？', '赢单', '丢单'].sort());
  expect(doc.edges.find((edge) => edge.label === '是')?.conversionRate).toBeCloseTo(0.45);
  expectNoOverlap(doc);
});

test('a slow layout of an import shows progress in the editor, and Cancel leaves the document as it was', async ({ page }) => {
  await openEditor(page, threeInARow());
  // The layout engine made slow on purpose (a test-only setting), never by hoping the machine is.
  await page.evaluate(() => localStorage.setItem('salesflow:test-layout-delay-ms', '4000'));
  const before = await currentDocument(page);
  await chooseFile(page, mmd('inbound.mmd', INBOUND));
  await page.getByRole('dialog').getByRole('button', { name: 'Insert' }).click();
  const progress = page.getByRole('status').filter({ hasText: 'Laying out…' });
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await currentDocument(page)).toEqual(before);
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
});
