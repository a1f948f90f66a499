import type { Page } from '@playwright/test';
import { CLIPBOARD_FORMAT, CLIPBOARD_VERSION, serializeClipboard } from '../src/model/clipboard';
import { IMG_LABEL, SCRIPT_LABEL } from '../src/model/fixtures/hostile';
import { test, expect } from './fixtures';
import { currentDocument, openEditor, openInPlace, pane } from './support/editor';
import { node, threeInARow } from './support/documents';

// Issue 10, case 3, with a real keyboard paste (Control+V on the canvas, the system clipboard
// written by the page): our JSON that is damaged changes nothing and says so; plain text becomes
// stages, capped at 100 lines with a message; markup in pasted text stays text.

declare global {
  interface Window {
    hacked?: unknown;
  }
}

async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await pane(page).click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('Control+v');
}

const good = node('p', 'stage', 'Pasted', 0, 0);
const DAMAGED: [string, string][] = [
  ['cut short', serializeClipboard({ nodes: [good], edges: [] }).slice(0, 60)],
  ['a negative size', JSON.stringify({ format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, nodes: [{ ...good, size: { width: -1, height: 64 } }], edges: [] })],
  ['a javascript: link', JSON.stringify({ format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, nodes: [{ ...good, link: 'javascript:window.hacked=1' }], edges: [] })],
  ['a newer version', JSON.stringify({ format: CLIPBOARD_FORMAT, version: 99, nodes: [good], edges: [] })],
];

const MESSAGES = {
  en: { damaged: 'The pasted Salesflow data is damaged; nothing was pasted.', capped: 'Only the first 100 lines were pasted; 50 more were left out.' },
  'zh-CN': { damaged: '粘贴的 Salesflow 数据已损坏，未粘贴任何内容。', capped: '只粘贴了前 100 行，另有 50 行未粘贴。' },
} as const;

for (const language of ['en', 'zh-CN'] as const) {
  // One loaded editor for the language; the second step opens its document afresh in place.
  test(`pasting in ${language}: damaged Salesflow data is refused, 150 lines make 100 stages`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await test.step(`damaged Salesflow clipboard data is refused with a message in ${language}, nothing pasted`, async () => {
      await openEditor(page, threeInARow(), language);
      const before = await currentDocument(page);
      for (const [name, text] of DAMAGED) {
        await paste(page, text);
        await expect(page.getByRole('alert').filter({ hasText: MESSAGES[language].damaged }).first(), name).toBeVisible();
        expect(await currentDocument(page), name).toEqual(before);
        await expect(page.locator('.react-flow__node')).toHaveCount(before.nodes.length);
      }
      // Nothing was recorded either: undo has nothing of the paste to take back.
      await expect(page.getByRole('button', { name: language === 'en' ? 'Undo' : '撤销', exact: true })).toBeDisabled();
    });

    await test.step(`150 pasted lines make 100 stages and a message in ${language}; one undo removes them`, async () => {
      await openInPlace(page, threeInARow(), language);
      const before = await currentDocument(page);
      const lines = Array.from({ length: 150 }, (_, i) => (i === 0 ? IMG_LABEL : i === 1 ? SCRIPT_LABEL : `Stage ${i}`));
      await paste(page, lines.join('\n'));
      await expect(page.getByRole('status').filter({ hasText: MESSAGES[language].capped })).toBeVisible();
      // Off-screen nodes are not drawn (React Flow renders only the visible ones): count the document.
      await expect.poll(async () => (await currentDocument(page)).nodes.length).toBe(before.nodes.length + 100);
      const after = await currentDocument(page);
      expect(after.nodes.slice(before.nodes.length).map((n) => n.label)).toEqual(lines.slice(0, 100));
      // The markup lines are labels, shown as text, and nothing in them ran.
      await expect(page.locator('.sf-node__label').filter({ hasText: IMG_LABEL })).toHaveCount(1);
      expect(await page.evaluate(() => window.hacked)).toBeUndefined();
      expect(await page.locator('#root img[src="x"], #root script').count()).toBe(0);

      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await currentDocument(page)).nodes).toEqual(before.nodes);
    });
  });
}

for (const [language, message] of [
  ['en', 'The clipboard is not available here. Allow clipboard access in the browser, or use the keyboard shortcuts.'],
  ['zh-CN', '此处无法使用剪贴板。请在浏览器中允许访问剪贴板，或使用键盘快捷键。'],
] as const) {
  test(`Paste from the menu with the clipboard permission denied says so in ${language}, nothing pasted`, async ({ page, context }) => {
    // The page may read the clipboard only with the permission, which this context never grants.
    await context.clearPermissions();
    const opened = threeInARow();
    await openEditor(page, opened, language);
    await pane(page).click({ button: 'right', position: { x: 30, y: 30 } });
    await page.getByRole('menuitem', { name: language === 'en' ? 'Paste' : '粘贴' }).click();
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    expect((await currentDocument(page)).nodes.map((n) => n.id)).toEqual(opened.nodes.map((n) => n.id));
  });
}
