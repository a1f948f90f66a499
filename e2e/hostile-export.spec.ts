import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { SalesDocument } from '../src/model/types';
import { test, expect } from './fixtures';
import { emptyDocument, openEditor } from './support/editor';
import { node } from './support/documents';

// Issue 10, case 6: a diagram beyond the browser's canvas limits is exported at a reduced scale
// that the user is told about (and the file really has that size), and Copy as PNG with the
// clipboard permission denied says so instead of failing silently.

const PADDING = 24;
// Chromium's limits (STACK-NOTES.md), written out here rather than read from the code under test.
const MAX_SIDE = 16_384;
const MAX_AREA = 268_435_456;

/** Eleven stages in one row, 6,000 canvas units wide: 24,000 px at 4×, past the 16,384 px limit. */
function wideDocument(): SalesDocument {
  return {
    ...emptyDocument('Wide export'),
    nodes: Array.from({ length: 11 }, (_, i) => node(`n${i}`, 'stage', `Stage ${i}`, i * 584, 0, { size: { width: 160, height: 64 } })),
  };
}

function expectedSize(doc: SalesDocument, scale: number): { width: number; height: number } {
  const right = Math.max(...doc.nodes.map((n) => n.position.x + n.size.width));
  const left = Math.min(...doc.nodes.map((n) => n.position.x));
  const bottom = Math.max(...doc.nodes.map((n) => n.position.y + n.size.height));
  const top = Math.min(...doc.nodes.map((n) => n.position.y));
  const width = right - left + 2 * PADDING;
  const height = bottom - top + 2 * PADDING;
  const fits = Math.min(MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  const used = Math.min(scale, Math.floor(fits * 1000) / 1000);
  // A canvas truncates a fractional size, so that is what the file gets, and what the user must be told.
  return { width: Math.floor(width * used), height: Math.floor(height * used) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const TEXT = {
  en: { export: 'Export', download: 'Download', scale: 'Scale', copy: 'Copy as PNG' },
  'zh-CN': { export: '导出', download: '下载', scale: '缩放倍数', copy: '复制为 PNG' },
} as const;

async function openPngExport(page: Page, language: 'en' | 'zh-CN') {
  await page.getByRole('button', { name: TEXT[language].export, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: TEXT[language].export });
  await dialog.getByRole('radio', { name: 'PNG' }).check();
  return dialog;
}

// One editor, English then Chinese after the user switches the language: opening the editor is
// what a second test would add, and the export is checked again in full in each language.
test('a diagram too wide for the canvas at 4× is scaled down, and the message in en and then in zh-CN gives the real size', async ({ page }) => {
  test.setTimeout(120_000);
  const doc = wideDocument();
  await openEditor(page, doc, 'en');
  for (const language of ['en', 'zh-CN'] as const) {
    await test.step(language, async () => {
      if (language === 'zh-CN') await page.getByRole('button', { name: 'Language: 中文' }).click();
      const dialog = await openPngExport(page, language);
      await dialog.getByLabel(TEXT[language].scale).selectOption('4');
      const { width, height } = expectedSize(doc, 4);
      expect(width).toBeLessThanOrEqual(MAX_SIDE);
      expect(width).toBeLessThan((doc.nodes.at(-1)!.position.x + 160 + 2 * PADDING) * 4);
      // The dialog already says what the file will measure, before anything is rendered.
      await expect(dialog.getByText(language === 'en' ? `Image size: ${width} × ${height} px` : `图片尺寸：${width} × ${height} 像素`)).toBeVisible();

      const started = page.waitForEvent('download');
      await dialog.getByRole('button', { name: TEXT[language].download }).click();
      const file = await started;
      const message =
        language === 'en'
          ? `The image was too large for the browser; it was scaled down to ${width} × ${height} px.`
          : `图片超出浏览器的尺寸上限，已缩小为 ${width} × ${height} 像素。`;
      await expect(dialog.getByRole('status').filter({ hasText: message })).toBeVisible();
      expect(pngSize(readFileSync(await file.path()))).toEqual({ width, height });
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    });
  }
});

test('Copy as PNG with the clipboard permission denied says so, in the dialog and from the shortcut', async ({ page }) => {
  // Headless Chromium lets a focused page write the clipboard whatever its permission setting says,
  // so the denial is made here exactly as the browser reports it: a NotAllowedError rejection.
  await page.addInitScript(() => {
    Clipboard.prototype.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await openEditor(page, wideDocument());
  const dialog = await openPngExport(page, 'en');
  await dialog.getByRole('button', { name: 'Copy as PNG' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'This browser does not allow copying images. Download the PNG instead.' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+Shift+C');
  await expect(page.getByRole('alert').filter({ hasText: 'The clipboard is not available here.' })).toBeVisible();
});
