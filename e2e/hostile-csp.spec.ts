import { readFileSync } from 'node:fs';
import { test, expect, cspViolations } from './fixtures';
import { currentDocument, openEditor } from './support/editor';
import { fifteenNodesTwoLanes } from './support/documents';

// Issue 10, case 7: the Content-Security-Policy holds for the whole app. The fixture fails every
// test on a violation; this spec makes sure the policy really forbids what it should (eval, the
// Function constructor, inline handlers), and walks through the paths that would need it loosened
// if they misbehaved: the ELK worker, zod's schemas, the PNG and SVG exporters, thumbnails.

declare global {
  interface Window {
    handlerRan?: boolean;
  }
}

test('the policy refuses eval, the Function constructor and inline handlers, and reports each', async ({ page, problems }) => {
  await page.goto('/');
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  const directives = new Map(policy.split(';').map((part) => {
    const [name, ...values] = part.trim().split(/\s+/);
    return [name!, values] as const;
  }));
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('worker-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);

  const outcome = await page.evaluate(async () => {
    const attempt = (run: () => unknown): string => {
      try {
        run();
        return 'ran';
      } catch (error) {
        return (error as Error).name;
      }
    };
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.handlerRan = true');
    image.src = 'data:,not-an-image';
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 100));
    image.remove();
    return {
      // eslint-disable-next-line no-eval -- the point: the page must refuse it
      eval: attempt(() => eval('1 + 1')),
      // eslint-disable-next-line no-new-func -- likewise
      newFunction: attempt(() => new Function('return 1')()),
      handler: window.handlerRan === true,
    };
  });
  expect(outcome).toEqual({ eval: 'EvalError', newFunction: 'EvalError', handler: false });
  await expect.poll(async () => (await cspViolations(page)).length).toBeGreaterThanOrEqual(3);
  await problems.forgetCspViolations();
});

test('the whole app runs without one violation: library, templates, layout worker, exporters', async ({ page }) => {
  test.setTimeout(120_000);
  await openEditor(page, fifteenNodesTwoLanes('en'));
  const before = await currentDocument(page);

  // ELK in its worker, loaded by URL under worker-src.
  await page.getByRole('button', { name: 'Auto layout', exact: true }).click();
  await expect.poll(async () => JSON.stringify((await currentDocument(page)).nodes.map((n) => n.position))).not.toBe(
    JSON.stringify(before.nodes.map((n) => n.position)),
  );

  // Both image exporters: our SVG, and its rasterising into a PNG (tiles on the page, a worker).
  for (const format of ['SVG', 'PNG'] as const) {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: format }).check();
    const started = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download' }).click();
    const bytes = readFileSync(await (await started).path());
    expect(bytes.length).toBeGreaterThan(1000);
    await dialog.getByRole('button', { name: 'Close' }).click();
  }

  // The library: thumbnails of the documents and the template gallery's previews, as data: images.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByRole('article', { name: before.title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use template' }).first()).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
});
