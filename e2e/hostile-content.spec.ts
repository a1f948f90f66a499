import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CONTROL_LABEL, ENTITY_LABEL, hostileDocument, IMG_LABEL, PROTOTYPE_IDS, SCRIPT_LABEL, SVG_LABEL } from '../src/model/fixtures/hostile';
import { parseDocumentFile } from '../src/model/parse';
import { parseMermaid } from '../src/io/mermaid/parseMermaid';
import { test, expect } from './fixtures';
import { currentDocument, nodeElement, openEditor, openInPlace } from './support/editor';

// Issue 10, case 2, in the browser: labels made of HTML, <script>, SVG markup and control
// characters are shown as text everywhere (canvas, inspector, library, every export); ids named
// like Object.prototype members work like any other; links open only with http(s) or mailto and
// without an opener. Any markup that became an element would either run (window.hacked) or trip
// the Content-Security-Policy, which the fixture turns into a failure. The checks share one loaded
// app, each opening the document afresh in place; the library's comes last, as it leaves the editor.

declare global {
  interface Window {
    hacked?: unknown;
  }
}

/** Elements that exist only if a label was parsed as markup somewhere in the page. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.getElementById('root');
    if (!root) return ['no #root'];
    for (const element of root.querySelectorAll('img[src="x"], script, foreignObject, [onerror], [onload], b, i')) {
      // Icons are inline SVG without handlers; <b>/<i> never appear in our own markup.
      found.push(element.outerHTML.slice(0, 80));
    }
    return found;
  });
}

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.hacked)).toBeUndefined();
  expect(await injected(page)).toEqual([]);
}

async function download(page: Page, format: 'PNG' | 'SVG' | 'JSON' | 'Mermaid' | 'draw.io'): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  const started = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const file = await started;
  const bytes = readFileSync(await file.path());
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: file.suggestedFilename(), bytes };
}

test('hostile content in the editor, the exports and the library, each step opening it in place in the app already loaded', async ({ page }) => {
  // Four checks of several seconds each, twice as slow on a loaded machine.
  test.setTimeout(180_000);
  await test.step('hostile labels and prototype-named ids are plain text on the canvas and in the inspector', async () => {
    const hostile = hostileDocument();
    await openEditor(page, hostile);
    await expect(page.locator('.react-flow__node')).toHaveCount(PROTOTYPE_IDS.length);
    for (const id of PROTOTYPE_IDS) await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toHaveCount(1);

    // Each label is the node's whole text, character for character (control characters included).
    const labels = await page.locator('.react-flow__node .sf-node__label').evaluateAll((elements) => elements.map((element) => element.textContent));
    expect(labels.sort()).toEqual(hostile.nodes.map((node) => node.label).sort());
    const texts = await page.locator('.react-flow').evaluate((element) => element.textContent ?? '');
    for (const label of [SCRIPT_LABEL, SVG_LABEL]) expect(texts).toContain(label); // lane headers
    await expect(page.locator('.sf-edge-label').filter({ hasText: IMG_LABEL })).toHaveCount(1);
    await expectNothingRan(page);

    // The inspector shows the label in its field as typed, and edits through it stay text.
    await nodeElement(page, 'Won').click();
    const label = page.getByRole('textbox', { name: 'Label', exact: true });
    await expect(label).toHaveValue(CONTROL_LABEL);
    await nodeElement(page, '<script>').click();
    await expect(label).toHaveValue(SCRIPT_LABEL);
    await label.fill(`${IMG_LABEL} ${ENTITY_LABEL}`);
    await label.press('Enter');
    await expect(nodeElement(page, ENTITY_LABEL).locator('.sf-node__label')).toHaveText(`${IMG_LABEL} ${ENTITY_LABEL}`);
    expect((await currentDocument(page)).nodes.find((node) => node.id === 'constructor')?.label).toBe(`${IMG_LABEL} ${ENTITY_LABEL}`);
    await expectNothingRan(page);
  });

  await test.step('every export of a hostile document carries the labels as text and runs nothing', async () => {
    const hostile = hostileDocument();
    await openInPlace(page, hostile);

    const svg = await download(page, 'SVG');
    // The file name comes from the title, with everything a file system or a shell would mind removed.
    expect(svg.name).not.toMatch(/[<>"/\\]/);
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).not.toMatch(/<(script|img|foreignObject)\b/);
    const parsed = await page.evaluate((text) => {
      const xml = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (xml.getElementsByTagName('parsererror').length > 0) return null;
      return {
        titles: [...xml.querySelectorAll('title')].map((element) => element.textContent),
        handlers: [...xml.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      };
    }, svgText);
    expect(parsed).not.toBeNull();
    expect(parsed!.handlers).toEqual([]);
    expect(parsed!.titles).toEqual(expect.arrayContaining([IMG_LABEL, SCRIPT_LABEL, SVG_LABEL, ENTITY_LABEL]));

    const json = await download(page, 'JSON');
    const reread = parseDocumentFile(json.bytes.toString('utf8'));
    expect(reread.ok && reread.value.nodes).toEqual(hostile.nodes);

    // Mermaid: no markup in the text (a label's `<` is an entity code), and the labels read back as text.
    const mermaid = (await download(page, 'Mermaid')).bytes.toString('utf8');
    expect(mermaid).not.toMatch(/<(?!br>)[a-z]/i);
    const read = parseMermaid(mermaid);
    expect(read.ok && read.value.graph.nodes.map((node) => node.label).sort()).toEqual(
      hostile.nodes.map((node) => node.label.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim()).sort(), // eslint-disable-line no-control-regex
    );

    // draw.io: well-formed XML whose only elements are draw.io's; labels are escaped HTML text.
    const drawio = (await download(page, 'draw.io')).bytes.toString('utf8');
    const elements = await page.evaluate((text) => {
      const xml = new DOMParser().parseFromString(text, 'application/xml');
      if (xml.getElementsByTagName('parsererror').length > 0) return null;
      return [...new Set([...xml.getElementsByTagName('*')].map((element) => element.tagName))].sort();
    }, drawio);
    // A linked node's UserObject holds its id, label and link (exportDrawio.ts).
    expect(elements).toEqual(['Array', 'UserObject', 'diagram', 'mxCell', 'mxGeometry', 'mxGraphModel', 'mxPoint', 'mxfile', 'root'].sort());
    expect(drawio).not.toMatch(/<(script|img|svg)\b/i);

    // PNG rendering puts our SVG into the live page for a moment: nothing in it may run there.
    const png = await download(page, 'PNG');
    expect([...png.bytes.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    await expectNothingRan(page);
  });

  await test.step('a node link opens with noopener, and the inspector refuses javascript: links', async () => {
    // The link's page is served locally: the test needs no network and checks what the new tab sees.
    await page.context().route('https://example.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Playbook</title>' }));
    const hostile = hostileDocument();
    await openInPlace(page, hostile);
    const stage = page.locator('.react-flow__node[data-id="constructor"]');
    const link = stage.getByRole('link', { name: 'Open link in a new tab' });
    await expect(link).toHaveAttribute('href', 'https://example.com/?q=<script>');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
    await stage.hover();
    const opened = page.waitForEvent('popup');
    await link.click();
    const popup = await opened;
    await popup.waitForLoadState();
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    await popup.close();

    await stage.click();
    const before = await currentDocument(page);
    const field = page.getByRole('textbox', { name: 'Link', exact: true });
    for (const refused of ['javascript:window.hacked=1', ' JavaScript:window.hacked=1', 'data:text/html,<script>x</script>', 'vbscript:x']) {
      await field.fill(refused);
      await field.press('Enter');
      await expect(page.getByRole('alert').filter({ hasText: 'a link must start with http://, https:// or mailto:' })).toBeVisible();
      expect(await currentDocument(page)).toEqual(before);
    }
    await field.fill('mailto:sales@example.com');
    await field.press('Enter');
    await expect.poll(async () => (await currentDocument(page)).nodes.find((node) => node.id === 'constructor')?.link).toBe('mailto:sales@example.com');
    await expectNothingRan(page);
  });

  await test.step('the library card shows a hostile title as text', async () => {
    const hostile = hostileDocument();
    await openInPlace(page, hostile);
    await page.getByRole('button', { name: 'Back to library' }).click();
    const card = page.getByRole('article', { name: IMG_LABEL });
    await expect(card).toBeVisible();
    await expect(card.getByRole('heading', { name: IMG_LABEL })).toBeVisible();
    // The thumbnail is an image of our own SVG: scripts never run inside an <img>.
    await expect(card.locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml/);
    await expectNothingRan(page);
  });
});
