// @vitest-environment jsdom
// Confidential in every format the export dialog writes but the PDF (exportPrivacy.poppler.test.ts):
// the outputs, read back as a reader would (the SVG's text nodes, the deck's slide and notes XML,
// the JSON through our door, the Mermaid and draw.io labels), hold no figure and no actuals while
// every label stays. The same writers without Confidential do print the figures, so each check can fail.

import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../model/parse';
import type { SalesDocument } from '../../model/types';
import { SOURCE_NAME } from '../../model/fixtures/dealData';
import { exportDrawioText, exportJsonText, exportMermaidText, exportSvgText } from '../../io/export/exportDocument';
import { buildPptx } from '../../io/pptx/buildPptx';
import { all, readPptx, textOf } from '../../io/pptx/testing/readPptx';
import { deckSteps } from './deckSteps';
import { diagramFigures } from './diagramFigures';
import { exportInputs, type ExportPrivacy } from './exportPrivacy';
import { confidentialCase, t, telltaleFigures, tn } from './testing/confidentialCase';

const CONFIDENTIAL: ExportPrivacy = { confidential: true, leaveOutActuals: false };
const OPEN: ExportPrivacy = { confidential: false, leaveOutActuals: false };
// What the user asked for besides: every figure, so that only Confidential keeps them out.
const WANTED = { figures: true, rates: true };

const source = confidentialCase();
const figures = telltaleFigures(source);
const rates = figures.filter((text) => /^\d[\d.]*%$/.test(text));

function svgTexts(privacy: ExportPrivacy): string[] {
  const inputs = exportInputs(source, privacy, WANTED);
  const svg = exportSvgText(inputs.document, {
    scale: 1,
    background: 'white',
    padding: 24,
    unassignedLabel: 'Unassigned',
    appVersion: 'test',
    ...(inputs.figures ? { figures: diagramFigures(inputs.document, 'en', t) } : {}),
  });
  const xml = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  // Each drawn line is a <text> of its own; <title> tooltips are read too, as a reader shows them.
  return [...Array.from(xml.getElementsByTagName('text')), ...Array.from(xml.getElementsByTagName('title'))].map((node) => (node.textContent ?? '').trim());
}

async function deckTexts(privacy: ExportPrivacy): Promise<string[]> {
  const inputs = exportInputs(source, privacy, WANTED);
  const result = await buildPptx(inputs.document, { title: inputs.document.title, ...deckSteps(inputs.document, t, tn), unassignedLabel: 'Unassigned', appVersion: 'test' });
  if (!result.ok) throw new Error(result.error.code);
  const deck = readPptx(result.value);
  const parts = deck.names.filter((name) => /^ppt\/(slides|notesSlides)\/\w+\.xml$/.test(name));
  expect(parts.length).toBeGreaterThan(1);
  return parts.flatMap((name) => all(deck.part(name), 'p:txBody').map((body) => textOf(body)));
}

function labelsOf(doc: SalesDocument): string[] {
  return [...doc.nodes.map((node) => node.label), ...doc.edges.flatMap((edge) => (edge.label ? [edge.label] : []))];
}

describe('Confidential: leave out figures and actuals', () => {
  it('the figures looked for are there to find', () => {
    expect(rates.length).toBeGreaterThan(3);
    expect(figures.some((text) => text.startsWith('−'))).toBe(true);
    expect(figures.some((text) => text.startsWith('Badges:'))).toBe(true);
  });

  it('SVG (and the PNG drawn from it): no badge, chip, leak badge or legend; every label stays', () => {
    const open = svgTexts(OPEN);
    for (const figure of figures) expect(open).toContain(figure);
    const kept = svgTexts(CONFIDENTIAL);
    for (const figure of figures) expect(kept).not.toContain(figure);
    const drawn = kept.join('\n');
    for (const label of source.nodes.map((node) => node.label)) expect(drawn).toContain(label.split(/\s+/)[0]);
  });

  it('PowerPoint: no figure on a slide or in the speaker notes; every label stays', async () => {
    const kept = await deckTexts(CONFIDENTIAL);
    const words = new Set(kept.flatMap((text) => text.split(/\s+/)));
    for (const figure of figures) expect(words.has(figure)).toBe(false);
    const joined = kept.join('\n').replace(/\s+/g, ' ');
    for (const label of labelsOf(source)) expect(joined).toContain(label.replace(/\s+/g, ' '));
    // The deck never drew figures: Confidential changes nothing of what is there.
    expect(await deckTexts(OPEN)).toEqual(kept);
  });

  it('JSON: the process without rates, leads, deal value, scenarios or actuals, read back through our door', () => {
    const open = parseDocumentFile(exportJsonText(exportInputs(source, OPEN, WANTED).document, { appVersion: 'test' }));
    if (!open.ok) throw new Error(open.error.code);
    expect(open.value.dealData?.source.name).toBe(SOURCE_NAME);
    const text = exportJsonText(exportInputs(source, CONFIDENTIAL, WANTED).document, { appVersion: 'test' });
    for (const field of ['conversionRate', '"volume"', 'dealValue', 'dealData', SOURCE_NAME, 'Faster demos']) expect(text).not.toContain(field);
    const parsed = parseDocumentFile(text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.value.scenarios).toEqual([]);
    expect(labelsOf(parsed.value)).toEqual(labelsOf(source));
  });

  it('Mermaid and draw.io: no rate in a label even when rates are asked for', () => {
    for (const write of [
      (doc: SalesDocument, withRates: boolean) => exportMermaidText(doc, { rates: withRates }),
      (doc: SalesDocument, withRates: boolean) => exportDrawioText(doc, { rates: withRates, appVersion: 'test' }),
    ]) {
      const open = exportInputs(source, OPEN, WANTED);
      expect(rates.some((rate) => write(open.document, open.rates).includes(rate))).toBe(true);
      const kept = exportInputs(source, CONFIDENTIAL, WANTED);
      const text = write(kept.document, kept.rates);
      for (const rate of rates) expect(text).not.toContain(rate);
      for (const label of source.nodes.map((node) => node.label)) expect(text).toContain(label.split(/\s+/)[0]);
    }
  });
});

describe('Actuals in a JSON export', () => {
  it('are left out by default and kept when the user says so', () => {
    const left = parseDocumentFile(exportJsonText(exportInputs(source, { confidential: false, leaveOutActuals: true }, WANTED).document, { appVersion: 'test' }));
    if (!left.ok) throw new Error(left.error.code);
    expect(left.value.dealData).toBeUndefined();
    // Everything else is kept: the rates, leads and scenarios are the process, not actuals.
    expect(left.value.edges.filter((edge) => edge.conversionRate !== undefined)).toHaveLength(source.edges.filter((edge) => edge.conversionRate !== undefined).length);
    expect(left.value.scenarios.map((scenario) => scenario.name)).toContain('Faster demos');
    const kept = parseDocumentFile(exportJsonText(exportInputs(source, OPEN, WANTED).document, { appVersion: 'test' }));
    if (!kept.ok) throw new Error(kept.error.code);
    expect(kept.value.dealData).toEqual(source.dealData);
  });
});
