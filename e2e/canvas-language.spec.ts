import { test, expect } from './fixtures';
import { openEditor } from './support/editor';
import { threeInARow } from './support/documents';

// React Flow writes aria-roledescription="node" and "edge" itself, in English, outside its
// ariaLabelConfig: a screen reader then says "node" in a Chinese page. Ours replace them, and
// follow a change of language.
test('nodes and connections are described and named in the page language, and follow a switch', async ({ page }) => {
  await openEditor(page, threeInARow(), 'zh-CN');
  const node = page.locator('.react-flow__node').first();
  const edge = page.locator('.react-flow__edge').first();
  await expect(node).toHaveAttribute('aria-roledescription', '节点');
  await expect(edge).toHaveAttribute('aria-roledescription', '连线');
  // React Flow names an edge "Edge from a to b" by ids; ours by its ends' labels, in the page's language.
  await expect(page.locator('.react-flow__edge[data-id="a-b"]')).toHaveAttribute('aria-label', '从“Alpha”到“Bravo”的连线');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(node).toHaveAttribute('aria-roledescription', 'node');
  await expect(edge).toHaveAttribute('aria-roledescription', 'connection');
  await expect(page.locator('.react-flow__edge[data-id="a-b"]')).toHaveAttribute('aria-label', 'Connection from Alpha to Bravo');
});
