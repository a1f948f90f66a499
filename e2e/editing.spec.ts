import { test, expect } from './fixtures';
import { connectHandles, currentDocument, emptyDocument, nodeById, openEditor, openInPlace, pane, startWith, toScreen, viewportTransform } from './support/editor';
import { edge, node, threeInARow } from './support/documents';

// Checks that each start from a small document of their own share one page as steps (connecting,
// label editing, working on a selection, pasted text): loading the app is most of what such a
// check costs.

test('editing on small documents of their own, one loaded app for all: connecting, label editing, a selection, pasted text', async ({ page }) => {
  // Four subjects of several steps each, twice as slow on a loaded machine.
  test.setTimeout(240_000);
  await test.step("connecting by the handles: an arrowed edge takes a typed label, a loop or a second edge is refused, a decision's branches are Yes and No", async () => {
    await test.step('connecting two nodes handle to handle makes an arrowed edge that takes a typed label', async () => {
      await openEditor(page, { ...emptyDocument(), nodes: [node('a', 'stage', 'Alpha', 0, 0), node('b', 'stage', 'Bravo', 320, 0)] });
      await connectHandles(page, nodeById(page, 'a'), 'right', nodeById(page, 'b'), 'left');
      const document = await currentDocument(page);
      expect(document.edges).toHaveLength(1);
      expect(document.edges[0]).toMatchObject({ source: 'a', target: 'b', sourceHandle: 'right', targetHandle: 'left' });
      const edgePath = page.locator('.react-flow__edge path.react-flow__edge-path');
      await expect(edgePath).toHaveAttribute('marker-end', /^url\('?#/);

      const box = (await page.locator('.react-flow__edge').boundingBox())!;
      await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
      const editor = page.getByRole('textbox', { name: 'Edit connection label' });
      await expect(editor).toBeFocused();
      await page.keyboard.type('Qualified');
      await page.keyboard.press('Enter');
      await expect(page.locator('.sf-edge-label', { hasText: 'Qualified' })).toBeVisible();
      expect((await currentDocument(page)).edges[0]!.label).toBe('Qualified');
    });
    await test.step('connecting a node to itself or twice to the same node is refused with a message', async () => {
      await startWith(page, { ...emptyDocument(), nodes: [node('a', 'stage', 'Alpha', 0, 0), node('b', 'stage', 'Bravo', 320, 0)], edges: [edge('a', 'b')] });
      await connectHandles(page, nodeById(page, 'a'), 'right', nodeById(page, 'b'), 'left');
      await expect(page.getByRole('alert').filter({ hasText: 'already connected' })).toBeVisible();
      await connectHandles(page, nodeById(page, 'a'), 'right', nodeById(page, 'a'), 'left');
      await expect(page.getByRole('alert').filter({ hasText: 'from a node to itself' })).toBeVisible();
      expect((await currentDocument(page)).edges).toHaveLength(1);
    });
    await test.step("a decision's first two branches are suggested Yes and No", async () => {
      await startWith(page, {
        ...emptyDocument(),
        nodes: [node('d', 'decision', 'Budget?', 0, 0), node('y', 'stage', 'Proposal', 320, -100), node('n', 'end', 'Lost', 320, 150)],
      });
      await connectHandles(page, nodeById(page, 'd'), 'right', nodeById(page, 'y'), 'left');
      await connectHandles(page, nodeById(page, 'd'), 'bottom', nodeById(page, 'n'), 'left');
      const labels = (await currentDocument(page)).edges.map((candidate) => candidate.label);
      expect(labels).toEqual(['Yes', 'No']);
    });
  });

  await test.step('label editing: a multi-line Chinese label through an input method is kept, Escape cancels and F2 starts an edit', async () => {
    await test.step('a multi-line Chinese label typed through an input method is kept exactly', async () => {
      await openInPlace(page, { ...emptyDocument(), nodes: [node('a', 'stage', 'Stage', 0, 0)] });
      await page.locator('.react-flow__node[data-id="a"]').dblclick();
      const editor = page.getByRole('textbox', { name: 'Edit label' });
      await expect(editor).toBeFocused();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.insertText', { text: '报价' });
      await page.keyboard.press('Shift+Enter');
      await cdp.send('Input.imeSetComposition', { text: 'tan', selectionStart: 3, selectionEnd: 3 });
      // Enter while the input method composes confirms the composition and must not commit the label.
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
      await expect(editor).toBeVisible();
      await cdp.send('Input.insertText', { text: '谈判' });
      await page.keyboard.press('Enter');
      await expect(editor).toBeHidden();
      expect((await currentDocument(page)).nodes[0]!.label).toBe('报价\n谈判');
      await expect(page.locator('.react-flow__node[data-id="a"] .sf-node__label')).toHaveText('报价\n谈判');
    });
    await test.step('Escape cancels a label edit and F2 starts one', async () => {
      await startWith(page, { ...emptyDocument(), nodes: [node('a', 'stage', 'Keep me', 0, 0)] });
      await page.locator('.react-flow__node[data-id="a"]').click();
      await page.keyboard.press('F2');
      await page.keyboard.type('Changed');
      await page.keyboard.press('Escape');
      expect((await currentDocument(page)).nodes[0]!.label).toBe('Keep me');
    });
  });

  await test.step('on a selection: copy and paste with one undo, a quick-add arrow, and Find', async () => {
    await test.step('three box-selected nodes copy and paste with their edges; one undo removes them', async () => {
      await openInPlace(page, threeInARow());
      const transform = await viewportTransform(page);
      const from = toScreen(transform, { x: -30, y: -30 });
      const to = toScreen(transform, { x: 680, y: 110 });
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 12 });
      await page.mouse.up();
      await expect(page.locator('.react-flow__node.selected')).toHaveCount(3);

      await page.keyboard.press('Control+c');
      await page.keyboard.press('Control+v');
      await expect(page.locator('.react-flow__node')).toHaveCount(7);
      const document = await currentDocument(page);
      const pasted = document.nodes.slice(4);
      expect(pasted.map((candidate) => candidate.label)).toEqual(['Alpha', 'Bravo', 'Charlie']);
      const pastedIds = new Set(pasted.map((candidate) => candidate.id));
      const between = document.edges.filter((candidate) => pastedIds.has(candidate.source) && pastedIds.has(candidate.target));
      expect(between).toHaveLength(2);
      expect(pasted.every((candidate) => !['a', 'b', 'c'].includes(candidate.id))).toBe(true);

      await page.keyboard.press('Control+z');
      await expect(page.locator('.react-flow__node')).toHaveCount(4);
      expect((await currentDocument(page)).edges).toHaveLength(3);
    });
    await test.step('a quick-add arrow adds a connected stage beside the node', async () => {
      await startWith(page, { ...emptyDocument(), nodes: [node('a', 'stage', 'Alpha', 0, 0)] });
      const source = page.locator('.react-flow__node[data-id="a"]');
      await source.click();
      await source.hover();
      await page.getByRole('button', { name: 'Add a connected stage to the right' }).click();
      const document = await currentDocument(page);
      expect(document.nodes).toHaveLength(2);
      const added = document.nodes[1]!;
      expect(added.position.x).toBeGreaterThan(document.nodes[0]!.position.x + document.nodes[0]!.size.width);
      expect(document.edges).toEqual([expect.objectContaining({ source: 'a', target: added.id, sourceHandle: 'right', targetHandle: 'left' })]);
    });
    await test.step('Find reaches a node by its label and selects it', async () => {
      await startWith(page, threeInARow());
      await page.keyboard.press('Control+f');
      const search = page.getByRole('searchbox', { name: 'Find nodes' });
      await expect(search).toBeFocused();
      await search.fill('charl');
      await expect(page.locator('.sf-node--highlighted')).toHaveCount(1);
      await search.press('Enter');
      await expect(page.locator('.react-flow__node[data-id="c"]')).toHaveClass(/selected/);
      await expect(page.getByRole('status').filter({ hasText: '1 of 1' })).toBeVisible();
    });
  });

  await test.step('three lines of pasted text become three stages', async () => {
    // Granted here, so that the steps above copy and paste as a page without the permission does.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openInPlace(page, emptyDocument());
    await page.evaluate(() => navigator.clipboard.writeText('Lead intake\nDiscovery call\nDemo'));
    await pane(page).click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+v');
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    const document = await currentDocument(page);
    expect(document.nodes.map((candidate) => [candidate.kind, candidate.label])).toEqual([
      ['stage', 'Lead intake'],
      ['stage', 'Discovery call'],
      ['stage', 'Demo'],
    ]);
  });
});
