// @vitest-environment jsdom
// jsdom's DOMParser is a strict XML parser: a file it rejects is blank in Inkscape and librsvg too.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostileDocument, HOSTILE_LABELS, PROTOTYPE_IDS, prototypeSnapshot } from '../../model/fixtures/hostile';
import { parseDocumentFile } from '../../model/parse';
import { stripInvalidXmlChars } from '../svg/escapeXml';
import { renderThumbnailSvg } from '../svg/thumbnail';
import { exportJsonText, exportSvgText, type ExportOptions } from './exportDocument';

// Issue 10, case 2: labels holding HTML, <script>, SVG markup and control characters come out of
// every export as text, in files that still parse, and ids named like prototype members pollute
// nothing on the way.

const SVG_NS = 'http://www.w3.org/2000/svg';
// What our renderer draws with; anything else (script, foreignObject, image, a, use) was injected.
const DRAWING_ELEMENTS = new Set(['svg', 'title', 'defs', 'marker', 'g', 'rect', 'circle', 'path', 'text', 'tspan']);

const OPTIONS: ExportOptions = {
  scale: 2,
  background: 'white',
  padding: 24,
  unassignedLabel: '<b>Unassigned</b>',
  appVersion: '0.0.0-test',
};

let before: ReturnType<typeof prototypeSnapshot>;
beforeEach(() => {
  before = prototypeSnapshot();
});
afterEach(() => {
  expect(prototypeSnapshot()).toEqual(before);
});

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error !== undefined) throw new Error(`SVG does not parse: ${error.textContent ?? ''}`);
  return doc;
}

function expectOnlyDrawing(doc: Document): void {
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    expect(DRAWING_ELEMENTS, element.localName).toContain(element.localName);
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name.toLowerCase().startsWith('on'), attribute.name).toBe(false);
      expect(attribute.localName, attribute.name).not.toBe('href');
    }
  }
}

/** Every text the file shows or names, with wrapping spaces removed. */
function textsOf(doc: Document): string[] {
  return [...Array.from(doc.getElementsByTagNameNS(SVG_NS, 'title')), ...Array.from(doc.getElementsByTagNameNS(SVG_NS, 'text'))].map((element) =>
    (element.textContent ?? '').replace(/\s+/g, ''),
  );
}

describe('exports of a hostile document', () => {
  it.each(['white', 'transparent', 'dark'] as const)('SVG on a %s background: well-formed, drawing elements only, every label literal', (background) => {
    const text = exportSvgText(hostileDocument(), { ...OPTIONS, background });
    expect(text).not.toMatch(/<(script|img|foreignObject|iframe)\b/i);
    const doc = parseSvg(text);
    expectOnlyDrawing(doc);
    const texts = textsOf(doc);
    for (const label of HOSTILE_LABELS) {
      // XML cannot hold C0 controls at all, even escaped: they are the only characters dropped.
      expect(texts, label).toContain(stripInvalidXmlChars(label).replace(/\s+/g, ''));
    }
    // Band headers are cut to fit their band, but what shows is the literal text.
    expect(texts.some((shown) => shown.startsWith('<script>') && shown.endsWith('…'))).toBe(true);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
  });

  it('SVG of a selection picked by prototype-named ids', () => {
    const doc = parseSvg(exportSvgText(hostileDocument(), { ...OPTIONS, selection: ['__proto__', 'constructor'] }));
    expectOnlyDrawing(doc);
    const titles = Array.from(doc.getElementsByTagNameNS(SVG_NS, 'title')).map((element) => element.textContent);
    expect(titles).toEqual(expect.arrayContaining([HOSTILE_LABELS[0], HOSTILE_LABELS[1]]));
    expect(titles).not.toContain(HOSTILE_LABELS[2]);
  });

  it('library thumbnail: well-formed and drawing elements only', () => {
    const doc = parseSvg(renderThumbnailSvg(hostileDocument(), { width: 320, height: 200 }));
    expectOnlyDrawing(doc);
    expect(doc.getElementsByTagNameNS(SVG_NS, 'rect').length).toBeGreaterThan(0);
  });

  it('JSON: every label and id comes back byte for byte, control characters included', () => {
    const text = exportJsonText(hostileDocument(), OPTIONS);
    const result = parseDocumentFile(text);
    expect(result).toEqual({ ok: true, value: hostileDocument() });
    expect(result.ok && result.value.nodes.map((node) => node.id)).toEqual([...PROTOTYPE_IDS]);
    // JSON escapes the controls, so the file stays one line per value and opens in any editor.
    expect(text).toContain('\\u0000');
    expect(text).not.toContain('\u0000');
  });
});
