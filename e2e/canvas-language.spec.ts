import { test, expect } from './fixtures';
import { openEditor } from './support/editor';
import { threeInARow } from './support/documents';

// React Flow writes aria-roledescription="node" and "edge" itself, in English, outside its
// ariaLabelConfig: a screen reader then says "node" in a Chinese page. Ours replace them, and
// follow a change of language.
test('nodes and connections are described in the page language, and follow a switch', async ({ page }) => {
  await openEditor(page, threeInARow(), 'zh-CN');
  const node = page.locator('.react-flow__node').first();
  const edge = page.locator('.react-flow__edge').first();
  await expect(node).toHaveAttribute('aria-roledescription', '节点');
  await expect(edge).toHaveAttribute('aria-roledescription', '连线');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(node).toHaveAttribute('aria-roledescription', 'node');
  await expect(edge).toHaveAttribute('aria-roledescription', 'connection');
});
