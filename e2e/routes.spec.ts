import { test, expect } from './fixtures';
import { openLibrary } from './support/editor';

const INVALID = 'That address does not lead to a document. Here is the library.';

// One library serves the three addresses: each step comes back to it first, as a fresh page started there.
test('an address with a stray %, a 10,000-character id or an unknown route shows a message, then the library', async ({ page }) => {
  await openLibrary(page);
  for (const [name, hash] of [
    ['a stray % (decodeURIComponent would throw)', '#/doc/%'],
    ['a 10,000-character id', `#/doc/${'x'.repeat(10_000)}`],
    ['an unknown route', '#/settings/advanced'],
  ] as const) {
    await test.step(name, async () => {
      await page.goto(`/${hash}`);
      await expect(page.getByRole('alert').filter({ hasText: INVALID })).toBeVisible();
      await expect(page.getByRole('button', { name: 'New flowchart' })).toBeVisible();
      // Back must not lead to the refused address again, so it is replaced by the library's.
      expect(new URL(page.url()).hash).toBe('#/');
      // The library still works: a new flowchart opens, and the notice is gone.
      await page.getByRole('button', { name: 'New flowchart' }).click();
      await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: INVALID })).toHaveCount(0);
      await page.getByRole('button', { name: 'Back to library' }).click();
      await expect(page.getByRole('button', { name: 'New flowchart' })).toBeVisible();
    });
  }
});

test('the address of a document that does not exist shows a message in zh-CN, then the library', async ({ page }) => {
  await openLibrary(page, 'zh-CN');
  await page.goto('/#/doc/doc-deleted-long-ago');
  await expect(page.getByRole('alert').filter({ hasText: '该文档已不存在。已返回文档库。' })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建流程图' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/');
});
