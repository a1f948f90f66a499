import type { Page } from '@playwright/test';
import { NODE_LIMIT } from '../src/layout/runLayout';
import { generateDocument } from '../src/model/generate';
import { serializeDocumentFile } from '../src/model/parse';
import { test, expect } from './fixtures';
import { currentDocument, openEditor, openLibrary } from './support/editor';
import { fifteenNodesTwoLanes } from './support/documents';

// Issue 10, case 5, in the browser: ELK failing inside its worker, ELK never answering, and a
// document above the layout limit. Each ends in a message in the user's language and the diagram
// untouched; after a hung ELK the next layout works again (its worker was replaced).

/**
 * Serves our stand-in for ELK's worker script: it speaks elk-api's message protocol, and answers
 * a layout with the error ELK posts when it throws (a stack overflow on a long chain), or never.
 */
async function replaceElkWorker(page: Page, behaviour: 'throws' | 'hangs'): Promise<void> {
  const body = `self.onmessage = (event) => {
    const { id, cmd } = event.data;
    if (cmd !== 'layout') { self.postMessage({ id, data: [] }); return; }
    ${behaviour === 'throws' ? "self.postMessage({ id, error: { type: 'java.lang.StackOverflowError', message: 'Stack overflow in ELK' } });" : '/* never answers */'}
  };`;
  await page.route('**/assets/elk-worker*.js', async (route) => {
    // The build has two such files: a tiny module exporting the worker's URL, and the worker itself.
    const original = await route.fetch();
    const text = await original.text();
    if (text.length < 1000) await route.fulfill({ response: original });
    else await route.fulfill({ contentType: 'text/javascript', body });
  });
}

async function autoLayout(page: Page, language: 'en' | 'zh-CN' = 'en'): Promise<void> {
  await page.getByRole('button', { name: language === 'en' ? 'Auto layout' : '自动布局', exact: true }).click();
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`ELK throwing in its worker gives a message in ${language} and leaves the diagram as it was`, async ({ page }) => {
    await replaceElkWorker(page, 'throws');
    await openEditor(page, fifteenNodesTwoLanes(language), language);
    const before = await currentDocument(page);
    await autoLayout(page, language);
    await expect(page.getByRole('alert').filter({ hasText: language === 'en' ? 'Auto layout failed. The diagram is unchanged.' : '自动布局失败。流程图未作改动。' })).toBeVisible();
    expect(await currentDocument(page)).toEqual(before);
  });
}

test('ELK that never answers is stopped at the time limit, and the next layout gets a fresh worker', async ({ page }) => {
  await replaceElkWorker(page, 'hangs');
  await openEditor(page, fifteenNodesTwoLanes('en'));
  await page.evaluate(() => localStorage.setItem('salesflow:test-layout-timeout-ms', '500'));
  const before = await currentDocument(page);
  await autoLayout(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Auto layout took longer than 0.5 s and was stopped. The diagram is unchanged.' })).toBeVisible();
  expect(await currentDocument(page)).toEqual(before);

  // The real ELK again, with room to finish: the hung worker was terminated, a new one starts.
  // Waits for a handler still serving the stand-in, so that no request is answered twice.
  await page.unrouteAll({ behavior: 'wait' });
  await page.evaluate(() => localStorage.setItem('salesflow:test-layout-timeout-ms', '60000'));
  await autoLayout(page);
  await expect.poll(async () => JSON.stringify((await currentDocument(page)).nodes.map((n) => n.position))).not.toBe(
    JSON.stringify(before.nodes.map((n) => n.position)),
  );
});

const MESSAGE = {
  en: `Auto layout handles up to ${NODE_LIMIT} nodes; this document has 2600. Lay out a selection instead.`,
  'zh-CN': `自动布局最多支持 ${NODE_LIMIT} 个节点，本文档有 2600 个。请先选中一部分再布局。`,
} as const;

// One document of 2,600 nodes, opened once (it is the slow part): refused in English, then again
// after the user switches the editor to Chinese. It is left in the view it opens in, on its start:
// fitted, every node would be drawn, and drawn again in the other language.
test('a 2,600-node document is refused by Auto layout with the limit named, in en and then in zh-CN', async ({ page }) => {
  test.setTimeout(120_000);
  const big = { ...generateDocument({ nodes: 2600, seed: 26 }), title: 'Too big to lay out' };
  await openLibrary(page);
  expect(await page.evaluate((text) => window.salesflowTest!.openDocumentFile(text), serializeDocumentFile(big))).toBeNull();
  await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();
  const before = await currentDocument(page);
  expect(before.nodes).toHaveLength(2600);

  for (const language of ['en', 'zh-CN'] as const) {
    if (language === 'zh-CN') await page.getByRole('button', { name: 'Language: 中文' }).click();
    await autoLayout(page, language);
    await expect(page.getByRole('alert').filter({ hasText: MESSAGE[language] })).toBeVisible();
    expect(await currentDocument(page)).toEqual(before);
    // Nothing is left running: no progress indicator stays behind.
    await expect(page.getByRole('status').filter({ hasText: language === 'en' ? 'Laying out…' : '正在布局…' })).toHaveCount(0);
  }
});
