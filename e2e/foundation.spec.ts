import { mkdirSync } from 'node:fs';
import { cspViolations, test, expect } from './fixtures';
import { sampleDocument } from '../src/model/sample';
import { openEditor } from './support/editor';

const SCREENSHOTS = 'test-results/screenshots';

async function controlNames(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('button:visible, [role="toolbar"], .sf-minimap, .react-flow__controls').evaluateAll(
    (elements) => elements.map((element) => element.getAttribute('aria-label') ?? element.textContent ?? ''),
  );
}


test('the editor shows the sample document with its nodes and arrowed edges', async ({ page, problems }) => {
  await openEditor(page, sampleDocument());
  const file = JSON.parse(await page.evaluate(() => window.salesflowTest!.documentFile()));
  const labels: string[] = file.document.nodes.map((node: { label: string }) => node.label);
  await expect(page.locator('.react-flow__node')).toHaveCount(labels.length);
  await expect(page.locator('.react-flow__edge')).toHaveCount(file.document.edges.length);
  for (const label of labels) await expect(page.locator('.react-flow__node', { hasText: label }).first()).toBeVisible();
  const arrowheads = await page.locator('.react-flow__edge path[marker-end]').count();
  expect(arrowheads).toBe(file.document.edges.length);
  // A document kept in this browser loads none of the team's sync code (Yjs and its provider load
  // only for a shared document: src/app/useSharedDocument.ts).
  const scriptsWithYjs = await page.evaluate(async () => {
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js'));
    const texts = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
    return { scripts: urls.length, withYjs: texts.filter((text) => text.includes('Yjs was already imported')).length };
  });
  expect(scriptsWithYjs.scripts).toBeGreaterThan(1);
  expect(scriptsWithYjs.withYjs).toBe(0);
  expect(problems.consoleErrors).toEqual([]);
});

test('switching to Chinese changes every visible control label, React Flow controls included', async ({ page }) => {
  await openEditor(page, sampleDocument(), 'en', { keepLanguage: true });
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  const before = await controlNames(page);
  await page.getByRole('button', { name: 'Language: 中文' }).click();
  await expect(page.getByRole('button', { name: '放大' })).toBeVisible();
  const after = await controlNames(page);
  expect(after).toHaveLength(before.length);
  for (const [index, name] of before.entries()) expect(after[index], `control ${name}`).not.toBe(name);
  await expect(page.getByRole('button', { name: '缩小' })).toBeVisible();
  await expect(page.getByRole('button', { name: '撤销' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(page.getByRole('button', { name: '放大' })).toBeVisible();
});

test('the dark theme applies to the page and the canvas', async ({ page }) => {
  await openEditor(page, sampleDocument(), 'en', { keepLanguage: true });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.react-flow')).toHaveClass(/dark/);
  // The page's colours change with a transition, so one read right after the switch can still see
  // the light colour: poll until it settles.
  const brightness = async () => {
    const background = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    return (background.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((sum, channel) => sum + channel, 0);
  };
  await expect.poll(brightness).toBeLessThan(150);
});

test('the Content-Security-Policy blocks inline script and reports it', async ({ page, problems }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
  });
  expect(ran).toBe(false);
  // The same listener that guards every other test saw it.
  await expect.poll(() => cspViolations(page)).toContainEqual(expect.stringContaining('script-src'));
  await problems.forgetCspViolations();
});

test('screenshots: English light and Chinese dark', async ({ page }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await openEditor(page, sampleDocument(), 'en', { keepLanguage: true });
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/editor-en-light.png` });
  await page.getByRole('button', { name: 'Language: 中文' }).click();
  await page.getByRole('button', { name: '深色主题' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: `${SCREENSHOTS}/editor-zh-dark.png` });
});
