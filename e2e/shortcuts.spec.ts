import type { Page } from '@playwright/test';
import { serializeDocumentFile } from '../src/model/parse';
import type { SalesDocument } from '../src/model/types';
import { test, expect } from './fixtures';
import { currentDocument, emptyDocument, openEditor, viewportTransform } from './support/editor';
import { edge, node } from './support/documents';
import { OFTEN } from './support/polling';

function staggered(): SalesDocument {
  return {
    ...emptyDocument(),
    nodes: [node('a', 'stage', 'Alpha', 0, 0), node('b', 'stage', 'Bravo', 260, 60), node('c', 'stage', 'Charlie', 600, 140)],
    edges: [edge('a', 'b'), edge('b', 'c')],
  };
}

async function reset(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.evaluate((text) => window.salesflowTest!.openDocumentFile(text), serializeDocumentFile(staggered()));
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await page.getByRole('button', { name: 'Fit view' }).click();
  // Fitting waits for the new nodes to be measured: wait until the zoom has landed and holds.
  await expect
    .poll(async () => {
      const first = await zoomOf(page);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      return first === (await zoomOf(page)) && first <= 1.25;
    }, OFTEN)
    .toBe(true);
}

async function select(page: Page, ...ids: string[]): Promise<void> {
  for (const [index, id] of ids.entries()) {
    await page.locator(`.react-flow__node[data-id="${id}"]`).click({ modifiers: index === 0 ? [] : ['Shift'] });
  }
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(ids.length);
}

const byId = (document: SalesDocument, id: string) => document.nodes.find((candidate) => candidate.id === id)!;
const positionOf = async (page: Page, id: string) => byId(await currentDocument(page), id).position;
const zoomOf = async (page: Page) => (await viewportTransform(page)).zoom;
const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** What each command's shortcut must do: arrange the page, press the keys, check the outcome. */
type Check = (page: Page, press: () => Promise<void>) => Promise<void>;

function nudgeCheck(dx: number, dy: number): Check {
  return async (page, press) => {
    await select(page, 'a');
    await press();
    expect(await positionOf(page, 'a')).toEqual({ x: dx * 20, y: dy * 20 });
  };
}

function alignCheck(expected: (document: SalesDocument) => void): Check {
  return async (page, press) => {
    await select(page, 'a', 'b', 'c');
    await press();
    expected(await currentDocument(page));
  };
}

const CHECKS: Record<string, Check> = {
  undo: async (page, press) => {
    await select(page, 'a');
    await page.keyboard.press('ArrowRight');
    await press();
    expect(await positionOf(page, 'a')).toEqual({ x: 0, y: 0 });
  },
  redo: async (page, press) => {
    await select(page, 'a');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+z');
    await press();
    expect(await positionOf(page, 'a')).toEqual({ x: 20, y: 0 });
  },
  copy: async (page, press) => {
    await select(page, 'a');
    await press();
    expect(await clipboardText(page)).toContain('"Alpha"');
  },
  cut: async (page, press) => {
    await select(page, 'a');
    await press();
    await expect(page.locator('.react-flow__node')).toHaveCount(2);
    expect(await clipboardText(page)).toContain('"Alpha"');
  },
  paste: async (page, press) => {
    await page.evaluate(() => navigator.clipboard.writeText('Pasted stage'));
    await press();
    await expect(page.locator('.react-flow__node', { hasText: 'Pasted stage' })).toHaveCount(1);
  },
  duplicate: async (page, press) => {
    await select(page, 'a');
    await press();
    await expect(page.locator('.react-flow__node', { hasText: 'Alpha' })).toHaveCount(2);
  },
  delete: async (page, press) => {
    await select(page, 'b');
    await press();
    const document = await currentDocument(page);
    expect(document.nodes.map((candidate) => candidate.id)).toEqual(['a', 'c']);
    expect(document.edges).toEqual([]);
  },
  editLabel: async (page, press) => {
    await select(page, 'a');
    await press();
    await expect(page.getByRole('textbox', { name: 'Edit label' })).toBeFocused();
  },
  selectAll: async (page, press) => {
    await press();
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(3);
  },
  clearSelection: async (page, press) => {
    await select(page, 'a', 'b');
    await press();
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  },
  find: async (page, press) => {
    await press();
    await expect(page.getByRole('searchbox', { name: 'Find nodes' })).toBeFocused();
  },
  alignLeft: alignCheck((document) => expect(document.nodes.map((candidate) => candidate.position.x)).toEqual([0, 0, 0])),
  alignCenter: alignCheck((document) => expect(document.nodes.map((candidate) => candidate.position.x)).toEqual([300, 300, 300])),
  alignRight: alignCheck((document) => expect(document.nodes.map((candidate) => candidate.position.x)).toEqual([600, 600, 600])),
  alignTop: alignCheck((document) => expect(document.nodes.map((candidate) => candidate.position.y)).toEqual([0, 0, 0])),
  alignMiddle: alignCheck((document) => expect(document.nodes.map((candidate) => candidate.position.y)).toEqual([70, 70, 70])),
  alignBottom: alignCheck((document) => expect(document.nodes.map((candidate) => candidate.position.y)).toEqual([140, 140, 140])),
  distributeHorizontally: alignCheck((document) =>
    expect(document.nodes.map((candidate) => candidate.position.x)).toEqual([0, 300, 600]),
  ),
  distributeVertically: alignCheck((document) =>
    expect(document.nodes.map((candidate) => candidate.position.y)).toEqual([0, 70, 140]),
  ),
  nudgeUp: nudgeCheck(0, -1),
  nudgeUpFar: nudgeCheck(0, -10),
  nudgeDown: nudgeCheck(0, 1),
  nudgeDownFar: nudgeCheck(0, 10),
  nudgeLeft: nudgeCheck(-1, 0),
  nudgeLeftFar: nudgeCheck(-10, 0),
  nudgeRight: nudgeCheck(1, 0),
  nudgeRightFar: nudgeCheck(10, 0),
  toggleSnap: async (page, press) => {
    await press();
    expect((await currentDocument(page)).settings.snapToGrid).toBe(false);
    await expect(page.getByRole('button', { name: 'Snap to grid' })).toHaveAttribute('aria-pressed', 'false');
  },
  fitView: async (page, press) => {
    await page.keyboard.press('=');
    await page.keyboard.press('=');
    await page.keyboard.press('=');
    await expect.poll(() => zoomOf(page), OFTEN).toBeGreaterThan(1.5);
    await press();
    await expect.poll(() => zoomOf(page), OFTEN).toBeLessThanOrEqual(1.25);
    for (const id of ['a', 'b', 'c']) await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toBeInViewport();
  },
  fitSelection: async (page, press) => {
    await select(page, 'b');
    await press();
    // One node fitted is capped at 125%, and shown.
    await expect.poll(() => zoomOf(page), OFTEN).toBe(1.25);
    await expect(page.locator('.react-flow__node[data-id="b"]')).toBeInViewport();
  },
  actualSize: async (page, press) => {
    await press();
    await expect.poll(() => zoomOf(page), OFTEN).toBe(1);
    await expect(page.getByRole('button', { name: 'Zoom', exact: true })).toHaveText('100%');
  },
  connectTo: async (page, press) => {
    await select(page, 'a');
    await press();
    const field = page.getByRole('dialog', { name: 'Connect to' }).getByRole('textbox');
    await expect(field).toBeFocused();
    await page.keyboard.type('Char');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await currentDocument(page)).edges.some((candidate) => candidate.source === 'a' && candidate.target === 'c'), OFTEN).toBe(true);
  },
  zoomIn: async (page, press) => {
    const before = await zoomOf(page);
    await press();
    await expect.poll(() => zoomOf(page), OFTEN).toBeGreaterThan(before);
  },
  zoomOut: async (page, press) => {
    const before = await zoomOf(page);
    await press();
    await expect.poll(() => zoomOf(page), OFTEN).toBeLessThan(before);
  },
  autoLayout: async (page, press) => {
    await press();
    // The staggered chain comes out as one straight row.
    await expect.poll(async () => new Set((await currentDocument(page)).nodes.map((node) => node.position.y)).size, OFTEN).toBe(1);
  },
  history: async (page, press) => {
    await press();
    await expect(page.getByRole('complementary', { name: 'History' })).toBeVisible();
  },
  present: async (page, press) => {
    await press();
    const presentation = page.getByRole('region', { name: 'Presentation' });
    await expect(presentation).toBeVisible();
    await expect(page).toHaveURL(/\/present\/1$/);
    await page.keyboard.press('Escape');
    await expect(presentation).toBeHidden();
  },
  export: async (page, press) => {
    await press();
    await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  },
  copyPng: async (page, press) => {
    await press();
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard as PNG.' })).toBeVisible();
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');
  },
  import: async (page, press) => {
    const chooser = page.waitForEvent('filechooser');
    await press();
    expect((await chooser).isMultiple()).toBe(false);
  },
  shortcuts: async (page, press) => {
    await press();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  },
};

const KEY_NAMES: Record<string, string> = { '↑': 'ArrowUp', '↓': 'ArrowDown', '←': 'ArrowLeft', '→': 'ArrowRight', Del: 'Delete', '⌫': 'Backspace', Esc: 'Escape', Ctrl: 'Control' };

/** "Ctrl+Shift+Z" as shown in the dialog, to the keys Playwright presses. */
function toPlaywrightKeys(shown: string): string {
  if (shown === '+') return '+';
  return shown
    .split('+')
    .map((part) => KEY_NAMES[part] ?? part)
    .join('+');
}

test('every shortcut listed in the help dialog does what it says', async ({ page, context }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEditor(page, staggered());
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const rows = await dialog.locator('tr[data-command]').evaluateAll((elements) =>
    elements.map((row) => ({
      id: row.getAttribute('data-command')!,
      label: row.querySelector('td')!.textContent!,
      keys: [...row.querySelectorAll('kbd')].map((kbd) => kbd.textContent!),
    })),
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(rows.length).toBeGreaterThan(20);

  const unchecked = rows.filter((row) => !(row.id in CHECKS)).map((row) => row.id);
  expect(unchecked, 'shortcuts listed without an expected outcome').toEqual([]);

  for (const row of rows) {
    for (const shown of row.keys) {
      await test.step(`${row.label}: ${shown}`, async () => {
        await reset(page);
        await CHECKS[row.id]!(page, () => page.keyboard.press(toPlaywrightKeys(shown)));
      });
    }
  }
});
