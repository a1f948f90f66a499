import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseDocumentFile } from '../src/model/parse';
import { test, expect } from './fixtures';
import { currentDocument, openEditor } from './support/editor';
import { threeInARow } from './support/documents';

// Issue 10, case 4, where it needs a real browser: IndexedDB missing or refusing to open, a full
// disk during autosave, a damaged row, and an old tab that blocks the database upgrade. Two tabs
// saving at once is covered at the repository level (src/storage/repository.hostile.test.ts) and
// by the one-writer lock's tests (src/storage/tabs.test.ts).

const UNAVAILABLE = {
  en: 'Your browser does not allow storage here (private mode or a policy).',
  'zh-CN': '浏览器不允许在此处存储（无痕模式或策略限制）。',
} as const;

async function addStageFromPalette(page: Page, name = 'Stage'): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
}

async function exportJson(page: Page, exportName: string, downloadName: string): Promise<string> {
  await page.getByRole('button', { name: exportName, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'JSON' }).check();
  const started = page.waitForEvent('download');
  await dialog.getByRole('button', { name: downloadName }).click();
  return readFileSync(await (await started).path(), 'utf8');
}

// Two ways a browser withholds IndexedDB: reading `window.indexedDB` throws (storage blocked by
// policy), or the open request fails (Firefox's private mode before version 115).
const WITHHOLDING: [string, () => void][] = [
  [
    'reading indexedDB throws',
    () => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      });
    },
  ],
  [
    'indexedDB.open fails',
    () => {
      IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      };
    },
  ],
];

for (const [how, withhold] of WITHHOLDING) {
  for (const language of ['en', 'zh-CN'] as const) {
    test(`when ${how}, the library says so in ${language}, and a new flowchart works in memory and exports`, async ({ page }) => {
      await page.addInitScript(withhold);
      await page.addInitScript((lang) => localStorage.setItem('salesflow:language', lang), language);
      await page.goto('/');
      await expect(page.getByRole('alert').filter({ hasText: UNAVAILABLE[language] })).toBeVisible();

      await page.getByRole('button', { name: language === 'en' ? 'New flowchart' : '新建流程图' }).click();
      await expect(page.getByRole('status').filter({ hasText: language === 'en' ? 'Not stored: this browser has no storage here' : '未存储' })).toBeVisible();
      await addStageFromPalette(page, language === 'en' ? 'Stage' : '阶段');
      await expect(page.locator('.react-flow__node')).toHaveCount(1);
      const edited = await currentDocument(page);

      const text = await exportJson(page, language === 'en' ? 'Export' : '导出', language === 'en' ? 'Download' : '下载');
      const exported = parseDocumentFile(text);
      expect(exported.ok && exported.value).toEqual(edited);
    });
  }
}

test('a full disk during autosave is reported, nothing is lost, and Retry saves once there is room', async ({ page }) => {
  await openEditor(page, threeInARow());
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  // Every IndexedDB write from now on fails the way a full disk makes it fail.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => {
      IDBObjectStore.prototype.put = put;
    };
    IDBObjectStore.prototype.put = function full(): IDBRequest {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await addStageFromPalette(page);
  const unsaved = await currentDocument(page);
  expect(unsaved.nodes).toHaveLength(5);
  const status = page.getByRole('alert').filter({ hasText: 'Not saved: the disk is full' });
  await expect(status).toBeVisible();
  // The work is still on screen, and can be kept by download meanwhile.
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(status.getByRole('button', { name: 'Download a copy' })).toBeVisible();

  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await status.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  // The editor loads on demand: wait for it before reading the document back.
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  expect((await currentDocument(page)).nodes).toEqual(unsaved.nodes);
});

test('a damaged row opens as damaged with a message; the library and the other documents are unharmed', async ({ page }) => {
  await openEditor(page, threeInARow());
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByRole('article', { name: 'Test flowchart' })).toBeVisible();
  // What a damaged disk, an extension or a buggy old build could leave: a body that is no document,
  // under a metadata row that looks fine.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('salesflow');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['meta', 'bodies'], 'readwrite');
          transaction.objectStore('meta').put({ id: 'broken', title: 'Broken one', createdAt: 0, updatedAt: Date.now(), nodeCount: 3, thumbnail: '' });
          transaction.objectStore('bodies').put({ id: 'broken', file: { format: 'salesflow', schemaVersion: 1, document: { id: 'broken', nodes: 'garbage', __proto__: { polluted: 1 } } } });
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
        };
      }),
  );
  // Written behind Dexie's back, so its live queries do not see it until the page loads again.
  await page.reload();
  const broken = page.getByRole('article', { name: 'Broken one' });
  await expect(broken).toBeVisible();
  await broken.getByRole('button', { name: 'Open: Broken one' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This flowchart is damaged and cannot be opened.' })).toBeVisible();
  expect(await page.evaluate(() => ({} as Record<string, unknown>)['polluted'])).toBeUndefined();

  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.getByRole('article', { name: 'Test flowchart' }).getByRole('button', { name: 'Open: Test flowchart' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
});

test('an old tab blocking the upgrade shows a banner; closing it lets the app continue and keeps the work', async ({ page, context }) => {
  // The old tab: a page of this origin holding the database at an older version, without the
  // handler that would let go on `versionchange` (an old build, or a frozen tab).
  const oldTab = await context.newPage();
  await oldTab.route('**/old-tab', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Old Salesflow</title>' }));
  await oldTab.goto('/old-tab');
  await oldTab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('salesflow', 1);
        request.onsuccess = () => {
          (window as unknown as { oldConnection: IDBDatabase }).oldConnection = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      }),
  );

  await page.goto('/');
  const banner = page.getByRole('alert').filter({ hasText: 'Salesflow is open in another tab with an older version. Close that tab to continue.' });
  await expect(banner).toBeVisible();
  // Work started meanwhile lives in memory.
  await page.getByRole('button', { name: 'New flowchart' }).click();
  await addStageFromPalette(page);
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  const inMemory = await currentDocument(page);

  await oldTab.close();
  // The upgrade goes through by itself: the editor now saves, and the work was moved into storage.
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(banner).toBeHidden();
  await page.reload();
  const card = page.getByRole('article', { name: inMemory.title });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: `Open: ${inMemory.title}` }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  expect((await currentDocument(page)).nodes).toEqual(inMemory.nodes);
});
