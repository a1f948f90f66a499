import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import type { SalesDocument } from '../src/model/types';
import { test, expect } from './fixtures';
import { openEditor } from './support/editor';
import { fifteenNodesTwoLanes } from './support/documents';

// The Export dialog's Mermaid and draw.io entries as a person uses them, in both languages. For
// Mermaid, the file downloaded and the text copied are the same, and Mermaid 11 itself, loaded into
// a blank page of the same Chromium, reads them as our diagram. The draw.io file is read by
// Chromium's XML parser into the cells, lanes and labels of the diagram (draw.io's own engine
// judges the same files in src/io/drawio/exportDrawio.test.ts).

const SHOTS = 'test-results/screenshots';

const WORDS = {
  en: { drawio: 'draw.io', drawioNotKept: /Not kept: lead volumes, owners, durations and other stage details/, export: 'Export', mermaid: 'Mermaid', rates: /Write conversion rates/, notKept: /Not kept: lead volumes, owners, durations/, download: 'Download', copy: 'Copy as Mermaid', copied: 'Copied to the clipboard as Mermaid text.', text: 'Mermaid text', yes: 'Yes · 60%' },
  'zh-CN': { drawio: 'draw.io', drawioNotKept: /不会保留：线索数量、负责人、时长等阶段详情/, export: '导出', mermaid: 'Mermaid', rates: /在连线标签中写入转化率/, notKept: /不会保留：线索数量、负责人、时长/, download: '下载', copy: '复制为 Mermaid', copied: '已作为 Mermaid 文本复制到剪贴板。', text: 'Mermaid 文本', yes: '是 · 60%' },
} as const;

interface MermaidView {
  vertices: { text: string; type: string }[];
  edges: string[];
  subgraphs: { title: string; count: number }[];
}

/** Mermaid's own reading of the text, in a page of its own (no CSP there: it is the judge, not the app). */
async function readWithMermaid(context: BrowserContext, text: string): Promise<MermaidView> {
  const judge = await context.newPage();
  try {
    await judge.setContent('<!doctype html><html><body></body></html>');
    await judge.addScriptTag({ path: 'node_modules/mermaid/dist/mermaid.min.js' });
    return await judge.evaluate(async (source) => {
      const mermaid = (window as unknown as { mermaid: { initialize(config: object): void; parse(text: string): Promise<unknown>; mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: any }> } } }).mermaid; // eslint-disable-line @typescript-eslint/no-explicit-any
      mermaid.initialize({ startOnLoad: false });
      await mermaid.parse(source);
      const { db } = await mermaid.mermaidAPI.getDiagramFromText(source);
      const shown = (raw: string) => {
        const body = new DOMParser().parseFromString(raw.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';'), 'text/html').body;
        return body.textContent ?? '';
      };
      return {
        vertices: [...db.getVertices().values()].map((vertex: { text: string; type: string }) => ({ text: shown(vertex.text), type: vertex.type })),
        edges: db.getEdges().map((edge: { text: string }) => shown(edge.text)),
        subgraphs: db.getSubGraphs().map((subgraph: { title: string; nodes: string[] }) => ({ title: shown(subgraph.title), count: subgraph.nodes.length })),
      };
    }, text);
  } finally {
    await judge.close();
  }
}

// One editor per language serves both text exports, from the same document: the Export dialog is
// closed between them, so draw.io starts from the toolbar button as it would on a fresh page.
for (const language of ['en', 'zh-CN'] as const) {
  test(`Mermaid and draw.io export (${language}): Mermaid's download and copy give the same text, which Mermaid reads as the diagram; the draw.io file holds the diagram's lanes, shapes, labels and connections`, async ({ page, context }) => {
    const words = WORDS[language];
    const document: SalesDocument = fifteenNodesTwoLanes(language);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openEditor(page, document, language);

    await test.step('Mermaid', async () => {
      await page.getByRole('button', { name: words.export, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: words.export });
      await dialog.getByRole('radio', { name: words.mermaid }).check();
      await expect(dialog.getByText(words.notKept)).toBeVisible();
      await dialog.getByRole('checkbox', { name: words.rates }).check();
      const shown = dialog.getByRole('textbox', { name: words.text });
      await expect(shown).toHaveValue(new RegExp(`"${words.yes}"`));
      mkdirSync(SHOTS, { recursive: true });
      await dialog.screenshot({ path: `${SHOTS}/export-mermaid-${language}.png` });

      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: words.download }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`${document.title}.mmd`);
      const text = readFileSync(await file.path(), 'utf8');
      expect(text).toBe(await shown.inputValue());

      await dialog.getByRole('button', { name: words.copy }).click();
      await expect(dialog.getByRole('status').filter({ hasText: words.copied })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

      const reading = await readWithMermaid(context, text);
      expect(reading.vertices.map((vertex) => vertex.text).sort()).toEqual(document.nodes.map((node) => node.label).sort());
      expect(reading.vertices.find((vertex) => vertex.text === document.nodes.find((node) => node.id === 'fit')!.label)?.type).toBe('diamond');
      expect(reading.edges).toHaveLength(document.edges.length);
      expect(reading.edges).toContain(words.yes);
      expect(reading.subgraphs.map((subgraph) => subgraph.title).sort()).toEqual(document.lanes.map((lane) => lane.label).sort());
      expect(reading.subgraphs.reduce((sum, subgraph) => sum + subgraph.count, 0)).toBe(document.nodes.length);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    });

    await test.step('draw.io', async () => {
      await page.getByRole('button', { name: words.export, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: words.export });
      await dialog.getByRole('radio', { name: words.drawio }).check();
      await expect(dialog.getByText(words.drawioNotKept)).toBeVisible();
      await expect(dialog.getByRole('img', { name: language === 'en' ? 'Preview' : '预览' })).toBeVisible();
      mkdirSync(SHOTS, { recursive: true });
      await dialog.screenshot({ path: `${SHOTS}/export-drawio-${language}.png` });

      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: words.download }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`${document.title}.drawio`);
      const xml = readFileSync(await file.path(), 'utf8');
      const cells = await page.evaluate((text) => {
        const parsed = new DOMParser().parseFromString(text, 'application/xml');
        if (parsed.querySelector('parsererror')) return null;
        return [...parsed.querySelectorAll('mxCell')].map((cell) => ({
          id: cell.getAttribute('id'),
          value: cell.getAttribute('value'),
          parent: cell.getAttribute('parent'),
          style: cell.getAttribute('style') ?? '',
          edge: cell.getAttribute('edge') === '1',
          source: cell.getAttribute('source'),
        }));
      }, xml);
      expect(cells).not.toBeNull();
      const lanes = cells!.filter((cell) => cell.style.startsWith('swimlane;'));
      expect(lanes.map((lane) => lane.value).sort()).toEqual(document.lanes.map((lane) => lane.label.replace(/&/g, '&amp;')).sort());
      const laneOf = new Map(lanes.map((lane) => [lane.id, lane.value]));
      const shapes = cells!.filter((cell) => cell.value !== null && !cell.edge && !cell.style.startsWith('swimlane;'));
      expect(shapes.map((shape) => shape.value).sort()).toEqual(document.nodes.map((node) => node.label).sort());
      for (const node of document.nodes) {
        const shape = shapes.find((candidate) => candidate.value === node.label)!;
        const lane = document.lanes.find((candidate) => candidate.id === node.laneId)!;
        expect(laneOf.get(shape.parent!)).toBe(lane.label.replace(/&/g, '&amp;'));
      }
      expect(cells!.filter((cell) => cell.edge)).toHaveLength(document.edges.length);
      expect(cells!.find((cell) => cell.edge && cell.style.includes('dashed=1'))).toBeDefined();
    });
  });
}
