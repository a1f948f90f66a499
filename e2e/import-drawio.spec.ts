import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { currentDocument, openInPlace, openLibrary } from './support/editor';
import { threeInARow } from './support/documents';
import { chooseImportFile, labelsOf, reloadSaved } from './support/importFile';

// draw.io files through the file door (issue 20): from the library a new document keeping the
// drawing (the page chosen when there are several), in the editor Insert or Replace; the saved
// document checked after a reload. Expected labels, lanes and positions are written out here from
// the hand-made fixtures in src/io/drawio/fixtures, not computed by the app's reader. The English
// checks share one loaded app.

const SHOTS = 'test-results/screenshots';
const FIXTURES = join(process.cwd(), 'src/io/drawio/fixtures');

function drawio(name: string) {
  return { name, mimeType: 'application/xml', buffer: readFileSync(join(FIXTURES, name)) };
}


const LANES_LABELS = ['CRM', 'Contract\nreview', 'Fit?', 'Lost', 'New lead', 'Qualify\nBANT check', 'Won'];

test('draw.io files in English, from the library and in the editor, in the app already loaded', async ({ page }) => {
  // Three checks of several seconds each, twice as slow on a loaded machine.
  test.setTimeout(180_000);
  await test.step('a draw.io file with a pool of lanes opens from the library as drawn, and is saved so', async () => {
    await openLibrary(page);
    await chooseImportFile(page, drawio('lanes-plain.drawio'));
    await expect(page.locator('.react-flow__node')).toHaveCount(7);
    for (const lane of ['Sales & SDR', 'Legal']) await expect(page.locator('.sf-lane__label', { hasText: lane })).toBeVisible();
    await expect(page.locator('.sf-edge-label').getByText('Yes', { exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/drawio-library-lanes-en.png` });

    const saved = await reloadSaved(page);
    expect(saved.title).toBe('lanes-plain');
    expect(saved.settings.direction).toBe('LR');
    expect(labelsOf(saved)).toEqual(LANES_LABELS);
    const byLabel = new Map(saved.nodes.map((node) => [node.label, node]));
    const lanes = new Map(saved.lanes.map((lane) => [lane.id, lane.label]));
    expect(byLabel.get('Fit?')).toMatchObject({ kind: 'decision', position: { x: 520, y: 110 } });
    expect(lanes.get(byLabel.get('Contract\nreview')!.laneId!)).toBe('Legal');
    expect(byLabel.get('New lead')!.kind).toBe('start');
    expect(byLabel.get('CRM')!.kind).toBe('data');
    const yes = saved.edges.find((edge) => edge.label === 'Yes')!;
    expect(yes).toMatchObject({ style: 'dashed', points: [{ x: 560, y: 210 }, { x: 580, y: 290 }] });
  });

  await test.step('a cross-functional pool drawn as a draw.io table opens with its rows as lanes', async () => {
    await page.getByRole('button', { name: 'Back to library' }).click();
    await chooseImportFile(page, drawio('table-pools.drawio'));
    const dialog = page.getByRole('dialog', { name: 'This draw.io file has 2 pages. Which one should be imported?' });
    await dialog.getByLabel('Page').selectOption({ label: 'Cross-functional (3 shapes)' });
    await dialog.getByRole('button', { name: 'Import page' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    for (const lane of ['Sales', 'Legal & finance']) await expect(page.locator('.sf-lane__label', { hasText: lane })).toBeVisible();
    await expect(page.locator('.sf-edge-label').getByText('signed', { exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/drawio-library-table-pool-en.png` });
    const saved = await reloadSaved(page);
    const lanes = new Map(saved.lanes.map((lane) => [lane.id, lane.label]));
    expect(saved.nodes.map((node) => `${node.label}: ${lanes.get(node.laneId ?? '') ?? '-'}`).sort()).toEqual(['Call lead: Sales', 'Review contract: Legal & finance', 'Send quote: Sales']);
  });

  await test.step('in the editor a draw.io page is inserted beside the diagram with what it left out listed; Replace swaps it; a DOCTYPE is refused', async () => {
    await openInPlace(page, threeInARow());
    const before = await currentDocument(page);
    const dialog = page.getByRole('dialog');

    await chooseImportFile(page, drawio('userobjects.drawio'));
    await dialog.getByRole('button', { name: 'Insert' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(12);
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(8);
    const notice = page.getByRole('status', { name: /Imported from draw\.io/ });
    await expect(notice).toContainText('An image was left out.');
    await expect(notice).toContainText('A group was dissolved; its shapes were kept.');
    await expect(notice).toContainText('The free text “Draft v2” was left out.');
    await expect(notice).toContainText('“AWS” (mxgraph.aws4.lambda) has no matching shape here and became a stage.');
    await page.screenshot({ path: `${SHOTS}/drawio-editor-insert-en.png` });
    const inserted = await currentDocument(page);
    const added = inserted.nodes.filter((node) => !before.nodes.some((item) => item.id === node.id));
    expect(added.map((node) => node.label).sort()).toEqual(['AWS', 'Ask about budget', 'Call Acme within 48h', 'Done', 'Grouped step', 'Literal %name%', 'Start: Web form', 'Wait 3 days']);
    const rightmost = Math.max(...before.nodes.map((node) => node.position.x + node.size.width));
    for (const node of added) expect(node.position.x).toBeGreaterThan(rightmost);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(4);

    await chooseImportFile(page, drawio('lanes-plain.drawio'));
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(7);
    await expect(page.locator('.sf-lane__label', { hasText: 'Legal' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/drawio-editor-replace-en.png` });
    const saved = await reloadSaved(page);
    expect(saved.id).toBe(before.id);
    expect(labelsOf(saved)).toEqual(LANES_LABELS);

    const hostile = Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><mxfile host="x"><diagram name="p"/></mxfile>');
    await chooseImportFile(page, { name: 'evil.drawio', mimeType: 'application/xml', buffer: hostile });
    await expect(page.getByRole('alert').filter({ hasText: 'It declares a document type (<!DOCTYPE>).' })).toBeVisible();
    expect(labelsOf(await currentDocument(page))).toEqual(LANES_LABELS);
  });
});

test('a draw.io file of several pages asks which page, in Chinese too', async ({ page }) => {
  await openLibrary(page, 'zh-CN');
  await chooseImportFile(page, drawio('multi-page.drawio'), 'zh-CN');
  const dialog = page.getByRole('dialog', { name: '此 draw.io 文件有 3 个页面，要导入哪一个？' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('页面').selectOption({ label: '成交 Closing（2 个图形）' });
  await dialog.screenshot({ path: `${SHOTS}/drawio-pages-zh.png` });
  await dialog.getByRole('button', { name: '导入页面' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.locator('.sf-edge-label').getByText('是', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/drawio-library-page-zh.png` });
  const saved = await reloadSaved(page);
  expect(labelsOf(saved)).toEqual(['报价\nQuote', '签约']);
  expect(saved.edges).toMatchObject([{ label: '是', conversionRate: 0.6 }]);
});
