import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { MAX_LABEL_LENGTH } from '../src/model/schema';
import { toDocumentFile, serializeDocumentFile } from '../src/model/parse';
import type { SalesDocument } from '../src/model/types';
import { test, expect } from './fixtures';
import { currentDocument, openLibrary } from './support/editor';
import { threeInARow } from './support/documents';
import { writeRawRows } from './support/storage';
import { fileOnDisk } from './support/importFile';

// "Nothing lost" in the library: Restore from backup says what it did with every document, a file
// dropped on the library imports, and failed library actions say so instead of pretending.

function stored(id: string, title: string): SalesDocument {
  return { ...threeInARow(), id, title };
}

async function storeDocuments(page: Page, ...documents: SalesDocument[]): Promise<void> {
  for (const document of documents) {
    await writeRawRows(page, { id: document.id, title: document.title, createdAt: 0, updatedAt: Date.now(), nodeCount: document.nodes.length, thumbnail: '' }, { id: document.id, file: toDocumentFile(document) });
  }
  await page.reload();
}

function documentsRegion(page: Page, language: 'en' | 'zh-CN' = 'en') {
  return page.getByRole('region', { name: language === 'en' ? 'Documents' : '文档' });
}

const RESTORE = {
  en: {
    restore: 'Restore from backup',
    backup: 'Back up all',
    summary: 'Restored 1 flowcharts; 1 already here were kept.',
    trash: 'Taken out of the trash, as they were there: 1.',
    repaired: `“Long one” was damaged and was restored repaired. The text at nodes[0].label was longer than ${MAX_LABEL_LENGTH} characters and was shortened.`,
    refused: '“Broken pipeline” was not restored: The file is damaged at nodes: the value has the wrong type.',
    tooLarge: 'This file is larger than 20 MB and was not opened.',
    menu: (title: string) => `Actions for ${title}`,
    delete: 'Delete',
  },
  'zh-CN': {
    restore: '从备份恢复',
    backup: '全部备份',
    summary: '已恢复 1 个流程图；已有的 1 个保持不变。',
    trash: '已从回收站取回（保持原样）：1 个。',
    repaired: `“Long one”已损坏，已修复后恢复。nodes[0].label 处的文字超过 ${MAX_LABEL_LENGTH} 个字符，已截短。`,
    refused: '“Broken pipeline”未恢复：文件在 nodes 处有误：值的类型不正确。',
    tooLarge: '文件超过 20 MB，未打开。',
    menu: (title: string) => `“${title}”的操作`,
    delete: '删除',
  },
} as const;

for (const language of ['en', 'zh-CN'] as const) {
  test(`Restore from backup brings back what is in the trash, repairs what it can and names what it refuses, in ${language}`, async ({ page }) => {
    const words = RESTORE[language];
    await openLibrary(page, language);
    await storeDocuments(page, stored('a', 'Inbound'), stored('b', 'Outbound'));
    const started = page.waitForEvent('download');
    await page.getByRole('button', { name: words.backup }).click();
    const backup = JSON.parse(readFileSync(await (await started).path(), 'utf8')) as { documents: unknown[] };
    expect(backup.documents).toHaveLength(2);

    const inbound = documentsRegion(page, language).getByRole('article', { name: 'Inbound', exact: true });
    await inbound.getByRole('button', { name: words.menu('Inbound') }).click();
    await page.getByRole('menuitem', { name: words.delete }).click();
    await expect(inbound).toBeHidden();

    const long = stored('long', 'Long one');
    const longFile = toDocumentFile({ ...long, nodes: long.nodes.map((node, index) => (index === 0 ? { ...node, label: 'L'.repeat(MAX_LABEL_LENGTH + 1) } : node)) });
    const broken = { ...toDocumentFile(stored('broken', 'Broken pipeline')), document: { ...stored('broken', 'Broken pipeline'), nodes: 'lost' } };
    const file = JSON.stringify({ ...backup, documents: [...backup.documents, longFile, broken] });
    await page.getByLabel(words.restore, { exact: true }).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });

    const report = page.getByRole('alert').filter({ hasText: words.summary });
    await expect(report).toBeVisible();
    await expect(report).toContainText(words.trash);
    await expect(report).toContainText(words.repaired);
    await expect(report).toContainText(words.refused);
    await page.screenshot({ path: `test-results/screens/restore-report-${language}.png` });
    await expect(documentsRegion(page, language).getByRole('article', { name: 'Inbound', exact: true })).toBeVisible();
    await expect(documentsRegion(page, language).getByRole('article', { name: 'Long one', exact: true })).toBeVisible();
    await expect(documentsRegion(page, language).getByRole('article', { name: 'Broken pipeline', exact: true })).toHaveCount(0);

    // The import's size cap, before a byte is read.
    await page.getByLabel(words.restore, { exact: true }).setInputFiles(fileOnDisk('huge.json', Buffer.alloc(21 * 1024 * 1024, 0x20)));
    await expect(page.getByRole('alert').filter({ hasText: words.tooLarge })).toBeVisible();
  });
}

test('a .json file dropped on the library opens as a new document', async ({ page }) => {
  await openLibrary(page);
  const text = serializeDocumentFile(threeInARow());
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, text);
  await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  expect((await currentDocument(page)).nodes.map((node) => node.label)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Far away']);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(documentsRegion(page).getByRole('article', { name: 'Test flowchart', exact: true })).toBeVisible();
});

const FAILED = {
  en: {
    menu: 'Actions for Inbound',
    delete: 'Delete',
    trashFailed: '“Inbound” could not be moved to the trash: the disk is full. Nothing was changed.',
    deleted: 'moved to the trash.',
    backup: 'Back up all',
    backupFailed: 'The backup could not be made: storage is unavailable. Nothing was downloaded.',
  },
  'zh-CN': {
    menu: '“Inbound”的操作',
    delete: '删除',
    trashFailed: '无法将“Inbound”移到回收站：磁盘空间已满。未做任何更改。',
    deleted: '已移到回收站。',
    backup: '全部备份',
    backupFailed: '无法生成备份：存储不可用。未下载任何文件。',
  },
} as const;

for (const language of ['en', 'zh-CN'] as const) {
  // One loaded app for the language: the first step's reload takes its broken disk away.
  test(`failed library actions say so in ${language}: a move to the trash, a Back up all`, async ({ page }) => {
    const words = FAILED[language];
    await openLibrary(page, language);
    await test.step(`a move to the trash that fails says so in ${language}, and the document stays`, async () => {
      await storeDocuments(page, stored('a', 'Inbound'));
      await page.evaluate(() => {
        IDBObjectStore.prototype.put = function full(): IDBRequest {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      const card = documentsRegion(page, language).getByRole('article', { name: 'Inbound', exact: true });
      await card.getByRole('button', { name: words.menu }).click();
      await page.getByRole('menuitem', { name: words.delete }).click();
      await expect(page.getByRole('alert').filter({ hasText: words.trashFailed })).toBeVisible();
      await page.screenshot({ path: `test-results/screens/trash-failed-${language}.png` });
      await expect(page.getByText(words.deleted)).toHaveCount(0);
      await page.reload();
      await expect(documentsRegion(page, language).getByRole('article', { name: 'Inbound', exact: true })).toBeVisible();
    });

    await test.step(`a Back up all that fails says so in ${language} instead of returning silently`, async () => {
      await storeDocuments(page, stored('a', 'Inbound'));
      await expect(documentsRegion(page, language).getByRole('article', { name: 'Inbound', exact: true })).toBeVisible();
      await page.evaluate(() => {
        const refuse = function refuse(): never {
          throw new DOMException('The disk could not be read.', 'UnknownError');
        };
        IDBObjectStore.prototype.getAll = refuse;
        IDBObjectStore.prototype.openCursor = refuse;
        IDBIndex.prototype.getAll = refuse;
        IDBIndex.prototype.openCursor = refuse;
      });
      let downloads = 0;
      page.on('download', () => (downloads += 1));
      await page.getByRole('button', { name: words.backup }).click();
      await expect(page.getByRole('alert').filter({ hasText: words.backupFailed })).toBeVisible();
      await page.screenshot({ path: `test-results/screens/backup-failed-${language}.png` });
      expect(downloads).toBe(0);
    });
  });
}
