import { readFileSync } from 'node:fs';
import { parseDocumentFile } from '../src/model/parse';
import { test, expect } from './fixtures';
import { currentDocument, nodeElement, openEditor } from './support/editor';
import { threeInARow } from './support/documents';

const SCREENSHOTS = 'test-results/screenshots';

for (const [language, texts] of [
  ['en', { message: /The canvas ran into an unexpected problem/, download: 'Download a copy', reload: 'Reload', copy: 'Copy details', copied: 'The details are on the clipboard.' }],
  ['zh-CN', { message: /画布遇到了意外问题/, download: '下载副本', reload: '重新加载', copy: '复制详细信息', copied: '详细信息已复制到剪贴板。' }],
] as const) {
  test(`a node view that throws shows the canvas's error screen in ${language}; the copy re-imports to the open document and Reload returns to it`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const opened = threeInARow();
    await openEditor(page, opened, language);
    const label = opened.nodes[0]!.label;
    await expect(nodeElement(page, label)).toBeVisible();

    // The switch is read on every render of a node: selecting one renders it again, and it throws.
    await page.evaluate(() => localStorage.setItem('salesflow:test-node-view-throws', '1'));
    await nodeElement(page, label).click();
    const screen = page.getByRole('alert').filter({ hasText: texts.message });
    await expect(screen).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/crash-canvas-${language}.png` });

    const download = page.waitForEvent('download');
    await screen.getByRole('button', { name: texts.download }).click();
    const file = await download;
    const parsed = parseDocumentFile(readFileSync(await file.path(), 'utf8'));
    expect(parsed.ok).toBe(true);
    const reimported = parsed.ok ? parsed.value : null;
    const open = await currentDocument(page);
    expect(reimported?.id).toBe(open.id);
    expect(reimported?.nodes.map((node) => [node.id, node.label])).toEqual(open.nodes.map((node) => [node.id, node.label]));
    expect(reimported?.edges.map((edge) => [edge.id, edge.source, edge.target])).toEqual(open.edges.map((edge) => [edge.id, edge.source, edge.target]));

    await screen.getByRole('button', { name: texts.copy }).click();
    await expect(page.getByRole('status').filter({ hasText: texts.copied })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('node-view-throws');

    await page.evaluate(() => localStorage.removeItem('salesflow:test-node-view-throws'));
    await screen.getByRole('button', { name: texts.reload }).click();
    await expect(nodeElement(page, label)).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: texts.message })).toHaveCount(0);
    expect((await currentDocument(page)).nodes.map((node) => node.id)).toEqual(opened.nodes.map((node) => node.id));
  });
}
