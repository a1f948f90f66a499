import { test, expect } from './fixtures';
import { currentDocument, dragFromPalette, emptyDocument, openEditor, openInPlace, pane, toCanvas, viewportTransform } from './support/editor';

// The palette's items with the kind and, for ends, the outcome they make: a plain End is neutral.
const KINDS = [
  ['Start', 'start', undefined],
  ['End', 'end', undefined],
  ['Won end', 'end', 'won'],
  ['Lost end', 'end', 'lost'],
  ['Stage', 'stage', undefined],
  ['Decision', 'decision', undefined],
  ['Document', 'document', undefined],
  ['Data', 'data', undefined],
  ['Delay', 'delay', undefined],
  ['Subprocess', 'subprocess', undefined],
  ['Note', 'note', undefined],
] as const;

test('the palette, in one loaded app: dragged shapes land under the pointer, clicked ones in the middle', async ({ page }) => {
  // Two checks of several steps each, twice as slow on a loaded machine.
  test.setTimeout(180_000);
  await test.step('each palette shape dragged onto the canvas lands centred under the pointer, drawn as its symbol', async () => {
    await openEditor(page, emptyDocument());
    await expect(page.getByText('Drag a shape from the palette, or start from a template.')).toBeVisible();
    const box = (await pane(page).boundingBox())!;
    for (const [index, [name, kind, outcome]] of KINDS.entries()) {
      const target = { x: 120 + (index % 5) * 220, y: 120 + Math.floor(index / 5) * 200 };
      await dragFromPalette(page, name, target);
      const document = await currentDocument(page);
      expect(document.nodes).toHaveLength(index + 1);
      const node = document.nodes[index]!;
      expect(node.kind).toBe(kind);
      expect(node.outcome).toBe(outcome);
      const transform = await viewportTransform(page);
      const dropped = toCanvas(transform, { x: box.x + target.x, y: box.y + target.y });
      // Snapping moves the corner by at most half a grid step; the pointer itself is whole pixels.
      const half = document.settings.gridSize / 2 + 1 / transform.zoom;
      expect(Math.abs(node.position.x + node.size.width / 2 - dropped.x)).toBeLessThanOrEqual(half);
      expect(Math.abs(node.position.y + node.size.height / 2 - dropped.y)).toBeLessThanOrEqual(half);
      const drawn = page.locator(`.react-flow__node[data-id="${node.id}"] .sf-node[data-kind="${kind}"] svg.sf-node__shape > *`);
      await expect(drawn.first()).toBeVisible();
    }
    await dragFromPalette(page, 'Swimlane', { x: 600, y: 600 });
    await expect.poll(async () => (await currentDocument(page)).lanes.length).toBe(1);
    await expect(page.getByRole('group', { name: 'Swimlane Lane 1' })).toBeVisible();
  });

  await test.step('clicking a palette item adds it in the middle of the view', async () => {
    await openInPlace(page, emptyDocument());
    await page.getByRole('button', { name: 'Decision', exact: true }).click();
    const document = await currentDocument(page);
    expect(document.nodes.map((node) => node.kind)).toEqual(['decision']);
    const box = (await pane(page).boundingBox())!;
    const centre = toCanvas(await viewportTransform(page), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    const node = document.nodes[0]!;
    expect(Math.abs(node.position.x + node.size.width / 2 - centre.x)).toBeLessThanOrEqual(document.settings.gridSize);
    expect(Math.abs(node.position.y + node.size.height / 2 - centre.y)).toBeLessThanOrEqual(document.settings.gridSize);
  });
});
