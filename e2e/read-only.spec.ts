import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fifteenNodesTwoLanes } from './support/documents';
import { currentDocument, openEditor } from './support/editor';

const SCREENSHOTS = 'test-results/screenshots';

// Issue "Operations": in a tab that only reads (another tab writes the document), every way of
// changing it is refused in one rule, every editing control is off with the reason as its tooltip,
// and reading stays possible: export, Find, copy.

const REASON = 'Read-only here: this flowchart is being edited in another tab.';

async function openReader(page: Page, url: string): Promise<Page> {
  const reader = await page.context().newPage();
  await reader.goto(url);
  await expect(reader.getByRole('status').filter({ hasText: 'open in another tab' })).toBeVisible();
  // Opened on its start at a readable zoom (issue 18); fitted, every node is drawn.
  await reader.getByRole('button', { name: 'Fit view' }).click();
  await expect(reader.locator('.react-flow__node')).toHaveCount(15);
  return reader;
}

test('a reader tab changes nothing through any control, and still exports, finds and copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEditor(page, fifteenNodesTwoLanes('en'));
  // A layout in the writer leaves a revision behind, for the reader's History to offer.
  await page.getByRole('button', { name: 'Auto layout', exact: true }).click();
  await expect.poll(async () => (await currentDocument(page)).nodes[0]!.position).not.toEqual(fifteenNodesTwoLanes('en').nodes[0]!.position);

  const reader = await openReader(page, page.url());
  const before = await currentDocument(reader);
  const unchanged = async () => expect(await currentDocument(reader)).toEqual(before);

  // Palette: every shape and the swimlane are off, with the reason on hover.
  for (const name of ['Start', 'End', 'Stage', 'Decision', 'Note', 'Swimlane']) {
    const item = reader.getByRole('button', { name, exact: true });
    await expect(item).toBeDisabled();
    await expect(item).toHaveAttribute('title', REASON);
  }

  // Toolbar: undo, redo, auto layout and its options, snapping and import are off; the shortcuts do nothing.
  for (const name of ['Undo', 'Redo', 'Auto layout', 'Layout options', 'Snap to grid', 'Import']) {
    const button = reader.getByRole('button', { name, exact: true });
    await expect(button, name).toBeDisabled();
    await expect(button, name).toHaveAttribute('title', REASON);
  }
  const target = reader.locator('.react-flow__node[data-id="needs"]');
  await target.click();
  for (const shortcut of ['Control+z', 'Control+Shift+l', 'Delete', 'ArrowRight', 'Control+d', 'Alt+g']) {
    await reader.keyboard.press(shortcut);
  }
  await expect(reader.locator('.react-flow__node')).toHaveCount(15);
  await unchanged();

  // Inspector: the selected node's fields are there to read, and off.
  await reader.screenshot({ path: `${SCREENSHOTS}/read-only-en.png` });
  const label = reader.getByRole('textbox', { name: 'Label' });
  await expect(label).toHaveValue(before.nodes.find((node) => node.id === 'needs')!.label);
  await expect(label).toBeDisabled();
  await expect(reader.getByRole('textbox', { name: 'Owner' })).toBeDisabled();

  // Drag: the node stays where it is. In-place editing does not open.
  const box = (await target.boundingBox())!;
  await reader.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await reader.mouse.down();
  await reader.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2 + 120, { steps: 8 });
  await reader.mouse.up();
  await target.dblclick();
  await expect(reader.locator('.sf-node textarea')).toHaveCount(0);
  await unchanged();

  // Lanes: the header's tools (shown on hover) are off, and a double-click does not start a rename.
  await reader.getByRole('group', { name: 'Swimlane Sales' }).hover();
  const laneTools = reader.getByRole('button', { name: /^(Delete swimlane|Move swimlane earlier|Move swimlane later): Sales$/ });
  await expect(laneTools).toHaveCount(3);
  for (const tool of await laneTools.all()) {
    await expect(tool).toBeDisabled();
    await expect(tool).toHaveAttribute('title', REASON);
  }
  await reader.getByRole('group', { name: 'Swimlane Sales' }).dblclick();
  await expect(reader.getByRole('textbox', { name: 'Rename swimlane' })).toHaveCount(0);

  // Paste: refused with the reason, nothing added.
  await reader.evaluate(() => navigator.clipboard.writeText('Pasted one\nPasted two'));
  await reader.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await reader.keyboard.press('Control+v');
  await expect(reader.getByRole('alert').filter({ hasText: 'Take over to edit it here' })).toBeVisible();

  // Import by dropping a file: refused, the document unchanged.
  const file = readFileSync(new URL('../src/model/fixtures/v1-sample.json', import.meta.url), 'utf8');
  await reader.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'other.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, file);
  await expect(reader.getByRole('dialog')).toHaveCount(0);

  // History: the revision can be looked at, not restored.
  await reader.getByRole('button', { name: 'History', exact: true }).click();
  const history = reader.getByRole('complementary', { name: 'History' });
  await history.getByRole('listitem').first().getByRole('button').click();
  const restore = history.getByRole('button', { name: 'Restore this version' });
  await expect(restore).toBeDisabled();
  await expect(restore).toHaveAttribute('title', REASON);
  await history.getByRole('button', { name: 'Close history' }).click();
  await unchanged();

  // Reading works: Find selects, copy puts the node on the clipboard, export downloads the document.
  await reader.keyboard.press('Control+f');
  const search = reader.getByRole('searchbox', { name: 'Find nodes' });
  await search.fill('contract review');
  await search.press('Enter');
  await expect(reader.locator('.react-flow__node[data-id="legal"]')).toHaveClass(/selected/);
  await reader.keyboard.press('Escape');
  await reader.locator('.react-flow__node[data-id="legal"]').click();
  await reader.keyboard.press('Control+c');
  await expect.poll(() => reader.evaluate(() => navigator.clipboard.readText())).toContain(before.nodes.find((node) => node.id === 'legal')!.label);

  await reader.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = reader.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'JSON' }).check();
  const download = reader.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { document: unknown };
  expect(exported.document).toEqual(before);

  await unchanged();
  // And the writer's own document was never touched by any of it.
  expect(await currentDocument(page)).toEqual(before);
});
