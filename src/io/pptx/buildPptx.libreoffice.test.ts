// The deck outside our code: LibreOffice Impress opens it and prints it to PDF (one conversion for
// both decks, it is slow), then poppler finds every label, Chinese included, and one page per
// slide; saved in Impress's own format, every connector stays glued to its two shapes.
// `SALESFLOW_KEEP_PPTX=dir` keeps the decks, PDFs and a rendered first page to look at.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateDocuments } from '../testing/templateDocuments';
import { walkthroughNodeIds } from '../../model/walkthrough/steps';
import type { SalesDocument } from '../../model/types';
import { buildPptx } from './buildPptx';
import { unzipSync, strFromU8 } from 'fflate';
import { convertWithOffice, run } from './testing/libreOffice';
import { decodePng } from '../svg/testing/decodePng';

const TEMPLATE = 'b2b-enterprise-sale';
const cases = templateDocuments().filter((t) => t.name === TEMPLATE);
const keep = process.env.SALESFLOW_KEEP_PPTX;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'salesflow-pptx-'));
const stepCounts = new Map<string, number>();

/** Impress wraps text its own way, and pdftotext joins a word broken at a hyphen: compare without either. */
function squash(text: string): string {
  return text.replace(/[\s-]+/g, '');
}

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const { language, document } of cases) {
    const steps = walkthroughNodeIds(document).map((nodeId, i) => ({ nodeId, title: `${i + 1}`, notes: '' }));
    stepCounts.set(language, steps.length);
    const result = await buildPptx(document, { title: document.title, overviewNotes: '', steps, unassignedLabel: '', appVersion: 'test' });
    if (!result.ok) throw new Error(result.error.code);
    const file = join(dir, `${TEMPLATE}-${language}.pptx`);
    writeFileSync(file, result.value);
    files.push(file);
  }
  convertWithOffice(files, dir, 'pdf');
  // Impress's own format says whether it kept each connector glued to its two shapes.
  convertWithOffice(files.slice(0, 1), dir, 'odp');
}, 300_000);

afterAll(() => {
  if (keep === undefined) rmSync(dir, { recursive: true, force: true });
});

describe('the deck in LibreOffice', () => {
  it('keeps every connector of the overview glued to two shapes', () => {
    const { language, document } = cases[0]!;
    const content = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, `${TEMPLATE}-${language}.odp`))))['content.xml']!);
    const overview = content.split('<draw:page ')[1]!.split('</draw:page>')[0]!;
    const connectors = overview.match(/<draw:connector [^>]*>/g) ?? [];
    expect(connectors).toHaveLength(document.edges.length);
    for (const connector of connectors) {
      expect(connector).toMatch(/draw:start-shape="[^"]+"/);
      expect(connector).toMatch(/draw:end-shape="[^"]+"/);
    }
  });

  for (const { language, document } of cases) {
    const pdf = () => join(dir, `${TEMPLATE}-${language}.pdf`);

    it(`${language}: one page per slide, every label found by pdftotext`, () => {
      const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf()]))?.[1]);
      expect(pages).toBe(1 + stepCounts.get(language)!);
      const overview = squash(run('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', pdf(), '-']));
      const labels = (doc: SalesDocument) => [...doc.nodes.map((n) => n.label), ...doc.lanes.map((l) => l.label)];
      for (const label of labels(document)) expect(overview, label).toContain(squash(label));
      if (language === 'zh-CN') expect(overview).toMatch(/[\u4e00-\u9fff]/);
    });

    it(`${language}: the overview page has ink`, () => {
      const prefix = join(dir, `${TEMPLATE}-${language}-page`);
      run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf(), prefix]);
      const image = decodePng(readFileSync(`${prefix}.png`));
      let coloured = 0;
      for (let i = 0; i < image.data.length; i += 4) {
        const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
      }
      // Node fills and strokes are coloured (about 1% of a wide diagram's page); an empty page has none.
      expect(coloured / (image.width * image.height)).toBeGreaterThan(0.005);
    });
  }
});
