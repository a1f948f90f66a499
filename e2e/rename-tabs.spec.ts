import { test, expect } from './fixtures';
import { currentDocument, openEditor } from './support/editor';
import { threeInARow } from './support/documents';

// "Nothing lost", point 3: a rename in the library while another tab writes the document reaches
// that tab (its title changes and its next save keeps the new title), or is refused with a
// message naming the document open there. Two pages in one browser context are two tabs.

test('a rename in the library reaches the tab that writes the document, and its next save keeps it', async ({ page, context }) => {
  await openEditor(page, threeInARow());
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  const library = await context.newPage();
  await library.goto('/');
  const card = library.getByRole('article', { name: 'Test flowchart', exact: true });
  await card.getByRole('button', { name: 'Actions for Test flowchart' }).click();
  await library.getByRole('menuitem', { name: 'Rename' }).click();
  await library.getByRole('textbox', { name: 'New name' }).fill('Renamed in library');
  await library.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Renamed in library');
  await page.getByRole('button', { name: 'Stage', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  expect((await currentDocument(page)).title).toBe('Renamed in library');
  await library.reload();
  await expect(library.getByRole('article', { name: 'Renamed in library', exact: true })).toBeVisible();
  await expect(library.getByRole('article', { name: 'Test flowchart', exact: true })).toHaveCount(0);
});

const REFUSED = {
  en: {
    menu: 'Actions for Test flowchart',
    rename: 'Rename',
    name: 'New name',
    message: '“Test flowchart” is open for editing in another tab, which did not answer.',
  },
  'zh-CN': {
    menu: '“Test flowchart”的操作',
    rename: '重命名',
    name: '新名称',
    message: '“Test flowchart”正在另一个标签页中编辑，且该标签页没有响应。',
  },
} as const;

for (const language of ['en', 'zh-CN'] as const) {
  test(`a rename the writer tab does not answer is refused with a message in ${language}, nothing renamed`, async ({ page, context }) => {
    const words = REFUSED[language];
    await openEditor(page, threeInARow(), language);

    const library = await context.newPage();
    await library.goto('/');
    const card = library.getByRole('article', { name: 'Test flowchart', exact: true });
    await card.getByRole('button', { name: words.menu }).click();
    await library.getByRole('menuitem', { name: words.rename }).click();
    await library.getByRole('textbox', { name: words.name }).fill('Lost rename');
    // A frozen background tab: it holds the document, but its page runs nothing for 5 s, from
    // before the rename is asked (it says so in storage the library tab shares) until after the
    // library has stopped waiting for its answer.
    const frozen = page.evaluate(() => {
      localStorage.setItem('salesflow-test:frozen', String(Date.now()));
      const until = Date.now() + 5000;
      while (Date.now() < until);
    });
    await expect.poll(() => library.evaluate(() => localStorage.getItem('salesflow-test:frozen'))).not.toBeNull();
    await library.keyboard.press('Enter');
    await expect(library.getByRole('alert').filter({ hasText: words.message })).toBeVisible();
    await library.screenshot({ path: `test-results/screens/rename-refused-${language}.png` });
    await expect(library.getByRole('article', { name: 'Test flowchart', exact: true })).toBeVisible();
    // Once it wakes up, it does not apply a rename the user was told was refused.
    await frozen;
    await page.waitForTimeout(500);
    expect((await currentDocument(page)).title).toBe('Test flowchart');
  });
}
