import { mkdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import type { SalesDocument } from '../src/model/types';
import { walkthroughNodeIds } from '../src/model/walkthrough/steps';
import { test, expect } from './fixtures';
import { closeExportDialog, emptyDocument, openEditor, startWith } from './support/editor';
import { fifteenNodesTwoLanes } from './support/documents';

// The Export dialog's PowerPoint entry as a person uses it, in both languages: the downloaded deck
// is unzipped here and its slides read by Chromium's XML parser (LibreOffice reads decks in
// src/io/pptx/buildPptx.libreoffice.test.ts).

const SHOTS = 'test-results/screenshots';

const WORDS = {
  en: { export: 'Export', pptx: 'PowerPoint (.pptx)', download: 'Download', note: /one per walkthrough step/, empty: 'Nothing to export: the flowchart is empty.', owner: 'Owner: ' },
  'zh-CN': { export: '导出', pptx: 'PowerPoint (.pptx)', download: '下载', note: /每个演示步骤一张/, empty: '没有可导出的内容：流程图是空的。', owner: '负责人：' },
} as const;

function withDetails(doc: SalesDocument): SalesDocument {
  return {
    ...doc,
    nodes: doc.nodes.map((node) => (node.id === 'screen' ? { ...node, details: { owner: 'Mei Lin', notes: 'Call within 24 hours', durationDays: 2 } } : node)),
  };
}

interface SlideReading {
  shapes: { id: string; text: string; prst: string }[];
  connectors: { from: string; to: string }[];
}

/** Exports the open document as a deck in the editor's language and reads it: a shape per node, bound connectors, captions as notes. */
async function checkDeck(page: Page, language: 'en' | 'zh-CN', document: SalesDocument) {
  const words = WORDS[language];
  await page.getByRole('button', { name: words.export, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: words.export });
  await dialog.getByRole('radio', { name: words.pptx }).check();
  await expect(dialog.getByText(words.note)).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await dialog.screenshot({ path: `${SHOTS}/export-pptx-${language}.png` });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: words.download }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${document.title}.pptx`);
  const parts = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const text = (name: string) => strFromU8(parts[name]!);

  const steps = walkthroughNodeIds(document);
  const slideNames = Object.keys(parts).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  expect(slideNames).toHaveLength(1 + steps.length);

  const overview: SlideReading | null = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) return null;
    const shapes = [...doc.getElementsByTagName('p:sp')].map((sp) => ({
      id: sp.getElementsByTagName('p:cNvPr')[0]!.getAttribute('id')!,
      text: [...sp.getElementsByTagName('a:t')].map((t) => t.textContent).join(''),
      prst: sp.getElementsByTagName('a:prstGeom')[0]?.getAttribute('prst') ?? '',
    }));
    const connectors = [...doc.getElementsByTagName('p:cxnSp')].map((cxn) => ({
      from: cxn.getElementsByTagName('a:stCxn')[0]?.getAttribute('id') ?? '',
      to: cxn.getElementsByTagName('a:endCxn')[0]?.getAttribute('id') ?? '',
    }));
    return { shapes, connectors };
  }, text('ppt/slides/slide1.xml'));
  expect(overview).not.toBeNull();
  const byShapeId = new Map(overview!.shapes.map((shape) => [shape.id, shape]));
  for (const node of document.nodes) expect(overview!.shapes.filter((shape) => shape.text === node.label && shape.prst !== 'rect'), node.label).toHaveLength(1);
  expect(overview!.connectors.map((c) => `${byShapeId.get(c.from)?.text}→${byShapeId.get(c.to)?.text}`).sort()).toEqual(
    document.edges.map((edge) => `${document.nodes.find((n) => n.id === edge.source)!.label}→${document.nodes.find((n) => n.id === edge.target)!.label}`).sort(),
  );
  expect(overview!.shapes.find((shape) => shape.prst === 'flowChartDecision')?.text).toBe(document.nodes.find((n) => n.id === 'fit')!.label);

  // The step of "Screen leads" carries its caption as speaker notes.
  const screenStep = steps.indexOf('screen') + 2;
  const notes = text(`ppt/notesSlides/notesSlide${screenStep}.xml`);
  expect(notes).toContain('Call within 24 hours');
  expect(notes).toContain(`${words.owner}Mei Lin`);
  if (language === 'zh-CN') expect(text('ppt/slides/slide1.xml')).toContain('<a:ea typeface="Microsoft YaHei"/>');
}

/** Exports one walkthrough step of the open document as a 16:9 PNG in the editor's language. */
async function checkSlidePng(page: Page, language: 'en' | 'zh-CN', document: SalesDocument) {
  const isEn = language === 'en';
  await page.getByRole('button', { name: WORDS[language].export, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: WORDS[language].export });
  await dialog.getByRole('radio', { name: 'PNG' }).check();
  await dialog.getByRole('radio', { name: isEn ? 'One walkthrough step' : '单个演示步骤' }).check();
  const second = walkthroughNodeIds(document)[1]!;
  const label = document.nodes.find((node) => node.id === second)!.label;
  await dialog.getByLabel(isEn ? 'Step' : '步骤', { exact: true }).selectOption({ label: isEn ? `Step 2 of ${walkthroughNodeIds(document).length}: ${label}` : `第 2 步，共 ${walkthroughNodeIds(document).length} 步：${label}` });
  await dialog.getByLabel(isEn ? 'Size' : '尺寸', { exact: true }).selectOption(isEn ? '16:9 slide' : '16:9 幻灯片');
  mkdirSync(SHOTS, { recursive: true });
  await dialog.screenshot({ path: `${SHOTS}/export-slide-png-${language}.png` });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: WORDS[language].download }).click();
  const bytes = readFileSync(await (await download).path());
  // IHDR: width and height, big-endian, after the signature and the chunk header.
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(Math.abs(width / height - 16 / 9)).toBeLessThan(0.01);
}

// One page per subject checks English, then switches the editor to Chinese with its toolbar button
// and checks again; each step loads its own document in place.

test('PowerPoint export: an empty flowchart gives a message and no download; the deck has a shape per node, bound connectors and captions as notes, in en then zh-CN', async ({ page }) => {
  await test.step('PowerPoint export of an empty flowchart: a message, and no download', async () => {
    const words = WORDS.en;
    await openEditor(page, emptyDocument(), 'en');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: words.export, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: words.export });
    await dialog.getByRole('radio', { name: words.pptx }).check();
    await dialog.getByRole('button', { name: words.download }).click();
    await expect(dialog.getByRole('status').filter({ hasText: words.empty })).toBeVisible();
    expect(downloads).toBe(0);
    await closeExportDialog(page, 'en');
  });
  await test.step('PowerPoint export (en): the download is a deck with a shape per node, bound connectors and the captions as notes', async () => {
    const document = withDetails(fifteenNodesTwoLanes('en'));
    await startWith(page, document, 'en');
    await checkDeck(page, 'en', document);
    await closeExportDialog(page, 'en');
  });
  await test.step('PowerPoint export (zh-CN): the same in Chinese', async () => {
    await page.getByRole('button', { name: 'Language: 中文' }).click();
    const document = withDetails(fifteenNodesTwoLanes('zh-CN'));
    await startWith(page, document, 'zh-CN');
    await checkDeck(page, 'zh-CN', document);
  });
});

test('slide-ready PNG: one walkthrough step on a 16:9 picture, in en then zh-CN', async ({ page }) => {
  await test.step('slide-ready PNG (en)', async () => {
    const document = fifteenNodesTwoLanes('en');
    await openEditor(page, document, 'en');
    await checkSlidePng(page, 'en', document);
    await closeExportDialog(page, 'en');
  });
  await test.step('slide-ready PNG (zh-CN)', async () => {
    await page.getByRole('button', { name: 'Language: 中文' }).click();
    const document = fifteenNodesTwoLanes('zh-CN');
    await startWith(page, document, 'zh-CN');
    await checkSlidePng(page, 'zh-CN', document);
  });
});
