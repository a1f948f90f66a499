import { expect, test } from './fixtures';
import { threeInARow } from './support/documents';
import { currentDocument, openEditor } from './support/editor';

// Keys pressed in a dialog or on a button belong to it, not to the editor's shortcuts.

test('Enter on a focused button of an open popover presses it, and does not start editing the selected node', async ({ page }) => {
  await openEditor(page, threeInARow());
  await page.locator('.react-flow__node[data-id="b"]').click();
  await page.getByRole('button', { name: 'Layout options' }).click();
  const popover = page.getByRole('dialog', { name: 'Layout options' });
  await popover.getByRole('button', { name: 'Lay out' }).focus();
  await page.keyboard.press('Delete');
  expect((await currentDocument(page)).nodes).toHaveLength(4);
  await page.keyboard.press('Enter');
  // The button ran the layout; the selected node's label did not open for editing.
  await expect(popover).toHaveCount(0);
  await expect(page.locator('.sf-node textarea')).toHaveCount(0);
  expect((await currentDocument(page)).nodes).toHaveLength(4);
  // Outside the popover the same keys reach the editor again.
  await page.locator('.react-flow__node[data-id="b"]').click();
  await page.keyboard.press('Enter');
  await expect(page.locator('.sf-node textarea')).toHaveCount(1);
});
