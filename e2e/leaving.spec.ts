import type { Page } from '@playwright/test';
import { generateDocument } from '../src/model/generate';
import { serializeDocumentFile } from '../src/model/parse';
import type { SalesDocument } from '../src/model/types';
import { test, expect } from './fixtures';
import { openEditor, openLibrary } from './support/editor';
import { threeInARow } from './support/documents';
import { OFTEN } from './support/polling';

// "Nothing lost": closing the tab, leaving the editor, or a full disk never drops an edit. Disks
// are filled at the layer Dexie writes through (IDBObjectStore.put) and at localStorage.setItem.

const LONG_AUTOSAVE = () => localStorage.setItem('salesflow:test-autosave-delay-ms', '60000');

async function fillIndexedDb(page: Page): Promise<void> {
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { emptyDisk: () => void }).emptyDisk = () => {
      IDBObjectStore.prototype.put = put;
    };
    IDBObjectStore.prototype.put = function full(): IDBRequest {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

async function fillLocalStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function full(key: string, value: string): void {
      if (key.startsWith('salesflow:unsaved:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
}

/** Closes the page as a person closing the tab does, answering how many leave prompts it showed. */
async function closeTab(page: Page): Promise<number> {
  let prompts = 0;
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') prompts += 1;
    void dialog.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  return prompts;
}

/** Nodes in the open document; 0 while the editor is still loading it. */
async function openNodeCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    try {
      return (JSON.parse(window.salesflowTest?.documentFile() ?? '') as { document: { nodes: unknown[] } }).document.nodes.length;
    } catch {
      return 0;
    }
  });
}

async function addStage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Stage', exact: true }).click();
}

const NOTES_PER_NODE = 10_000;

test('an edit to an 11 MB document, closed at once, is there when the document is opened again', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.addInitScript(LONG_AUTOSAVE);
  const words = ['call', 'champion', 'budget', 'timeline', 'proposal', 'legal', 'review', 'pricing', 'discount', 'renewal', 'signature', 'procurement', 'security', 'questionnaire', 'pilot', 'success'];
  const base = generateDocument({ nodes: 1100, seed: 7 });
  const big: SalesDocument = {
    ...base,
    id: 'big',
    title: 'Big',
    nodes: base.nodes.map((node, index) => {
      let notes = '';
      // 10,000 characters of notes a node: 11 MB in all, half the import cap.
      for (let word = index; notes.length < NOTES_PER_NODE - 20; word = (word * 31 + 7) % 9973) notes += `${words[word % words.length]} `;
      return { ...node, details: { ...node.details, notes: notes.trim() } };
    }),
  };
  const text = serializeDocumentFile(big);
  expect(text.length).toBeGreaterThan(11_000_000);
  await openLibrary(page);
  expect(await page.evaluate((file) => window.salesflowTest!.openDocumentFile(file), text)).toBeNull();
  // Counted in the page: the 11 MB document travelling to the test on every try took seconds.
  await expect.poll(() => openNodeCount(page), { ...OFTEN, timeout: 30_000 }).toBe(1100);
  const url = page.url();
  await addStage(page);
  await expect.poll(() => openNodeCount(page), OFTEN).toBe(1101);

  expect(await closeTab(page)).toBe(0);
  const again = await context.newPage();
  await again.goto(url);
  await expect.poll(() => openNodeCount(again), { timeout: 60_000 }).toBe(1101);
});

test('a stored updatedAt in the future does not make recovery drop the newer emergency copy', async ({ page, context }) => {
  await page.addInitScript(LONG_AUTOSAVE);
  await openEditor(page, { ...threeInARow(), updatedAt: Date.UTC(2999, 0, 1) });
  const url = page.url();
  await addStage(page);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  expect(await closeTab(page)).toBe(0);
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.locator('.react-flow__node')).toHaveCount(5);
});

test('with IndexedDB and localStorage both full, closing the tab brings up the leave prompt', async ({ page }) => {
  await openEditor(page, threeInARow());
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await fillIndexedDb(page);
  await fillLocalStorage(page);
  await addStage(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved: the disk is full' })).toBeVisible();

  const prompt = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await prompt;
  expect(dialog.type()).toBe('beforeunload');
  // Staying keeps the tab, and the work in it.
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
});

test('a label typed in place without Enter survives closing the tab', async ({ page, context }) => {
  await page.addInitScript(LONG_AUTOSAVE);
  await openEditor(page, threeInARow());
  const url = page.url();
  await page.locator('.react-flow__node[data-id="a"]').dblclick();
  await page.getByRole('textbox', { name: 'Edit label' }).fill('Typed, never entered');
  expect(await closeTab(page)).toBe(0);
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.locator('.react-flow__node[data-id="a"]')).toContainText('Typed, never entered');
});

const LEAVE = {
  en: {
    message: 'Your latest changes are not saved: the browser refused to store them.',
    stay: 'Stay',
    leave: 'Leave anyway',
    back: 'Back to library',
    notSaved: 'Not saved: the disk is full',
    stage: 'Stage',
    open: 'Open: Test flowchart',
  },
  'zh-CN': {
    message: '最近的修改尚未保存：浏览器拒绝存储。',
    stay: '留下',
    leave: '仍然离开',
    back: '返回文档库',
    notSaved: '未保存：磁盘空间已满',
    stage: '阶段',
    open: '打开: Test flowchart',
  },
} as const;

for (const language of ['en', 'zh-CN'] as const) {
  test(`full disk, then Back to library in ${language}: a warning, the work kept in the tab and in the emergency copy`, async ({ page }) => {
    const words = LEAVE[language];
    await openEditor(page, threeInARow(), language);
    await fillIndexedDb(page);
    await page.getByRole('button', { name: words.stage, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: words.notSaved })).toBeVisible();

    await page.getByRole('button', { name: words.back }).click();
    const warning = page.getByRole('dialog').filter({ hasText: words.message });
    await expect(warning).toBeVisible();
    await page.screenshot({ path: `test-results/screens/leave-unsaved-${language}.png` });
    // Focus starts on Stay: a key pressed without reading does not leave.
    await expect(warning.getByRole('button', { name: words.stay })).toBeFocused();
    await warning.getByRole('button', { name: words.stay }).click();
    await expect(warning).toBeHidden();
    await expect(page.locator('.react-flow__node')).toHaveCount(5);
    await expect(page.getByRole('alert').filter({ hasText: words.notSaved }).getByRole('button')).toHaveCount(2);
    expect(await page.evaluate(() => localStorage.getItem('salesflow:unsaved:e2e-doc') !== null)).toBe(true);

    await page.getByRole('button', { name: words.back }).click();
    await page.getByRole('dialog').getByRole('button', { name: words.leave }).click();
    await expect(page.getByRole('button', { name: words.back })).toBeHidden();
    // Room again: the next start moves the emergency copy into the database.
    await page.evaluate(() => (window as unknown as { emptyDisk: () => void }).emptyDisk());
    await page.reload();
    await page.getByRole('button', { name: words.open }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(5);
  });
}

for (const how of ['New flowchart', 'Import'] as const) {
  test(`full disk: ${how} opens the document in memory under the not-saved status`, async ({ page }) => {
    await openLibrary(page);
    await fillIndexedDb(page);
    if (how === 'New flowchart') {
      await page.getByRole('button', { name: 'New flowchart' }).click();
    } else {
      await page.locator('input[type="file"][accept*=".mmd"]').first().setInputFiles({
        name: 'three.json',
        mimeType: 'application/json',
        buffer: Buffer.from(serializeDocumentFile(threeInARow())),
      });
    }
    const status = page.getByRole('alert').filter({ hasText: 'Not saved: the disk is full' });
    await expect(status).toBeVisible();
    await expect(page.getByText('This flowchart does not exist any more')).toHaveCount(0);
    await addStage(page);
    await expect(page.locator('.react-flow__node')).toHaveCount(how === 'Import' ? 5 : 1);
    await expect(status.getByRole('button', { name: 'Download a copy' })).toBeVisible();

    // Once there is room, Retry stores it, and it is in the library.
    await page.evaluate(() => (window as unknown as { emptyDisk: () => void }).emptyDisk());
    await status.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Back to library' }).click();
    await expect(page.getByRole('region', { name: 'Documents' }).locator('.sf-card')).toHaveCount(1);
  });
}

test('without IndexedDB, closing a tab with edits made in memory brings up the leave prompt', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
  });
  await openLibrary(page);
  await page.getByRole('button', { name: 'New flowchart' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Not stored: this browser has no storage here' })).toBeVisible();
  await addStage(page);
  const prompt = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await prompt;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
});
