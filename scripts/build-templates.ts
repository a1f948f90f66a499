// Gives every template in templates/ its node sizes and positions. Each node is made as narrow as
// its kind allows while its label fits on at most two lines in every language, measured the way
// the SVG renderer measures text; then the whole template is laid out by the editor's own auto
// layout (ELK, left to right), so a template looks like what the Auto layout button makes.
//
// The files are both the source and the result: edit a template's texts or flow by hand, then run
// `node scripts/build-templates.mjs` to size and place it again. While writing a new template,
// nodes may leave out `position` and `size`; this fills them in.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edgeLabelBox, NODE_LABEL } from '../src/geometry/labelBox';
import { segmentEntersRect } from '../src/geometry/segments';
import { textWidth, wrapText } from '../src/geometry/text';
import { createElkNodeEngine } from '../src/layout/elkNodeEngine';
import { layoutDocument } from '../src/layout/runLayout';
import { defaultSize } from '../src/model/kinds';
import { shapeGeometry } from '../src/model/shapes';
import { parseTemplateValue } from '../src/model/templates/parseTemplate';
import { resolveTemplate } from '../src/model/templates/resolveTemplate';
import { serializeTemplateFile } from '../src/model/templates/templateFile';
import { TEMPLATE_LANGUAGES, type Template } from '../src/model/templates/types';
import { NODE_KINDS, type NodeKind, type Point, type Size } from '../src/model/types';
import { isPlainObject } from '../src/lib/isPlainObject';

/** Two lines read at a glance; a third makes a box look like a paragraph. Notes are paragraphs. */
function maxLabelLines(kind: NodeKind): number {
  return kind === 'note' ? 6 : 2;
}

const STEP = 10;
const MAX_WIDTH = 400;
// Notes grow down rather than across, so that a long remark does not push the flow apart.
const MAX_NOTE_WIDTH = 240;
const MAX_NOTE_HEIGHT = 200;

// CJK ideographs, punctuation and full-width forms: the renderer may break a line around each.
const WIDE_CHARS = '\\u2e80-\\ua4cf\\uf900-\\ufaff\\uff00-\\uffef';
const WIDE = new RegExp(`[${WIDE_CHARS}]`, 'u');
// Where the renderer may break a line: spaces, after a hyphen or slash, around wide characters.
const BREAKS = new RegExp(`[\\s\\u3000]+|(?<=[-/])|[${WIDE_CHARS}]`, 'u');

// Chinese breaks between any two characters, so a short label wrapped in two often splits a word
// (丢单或保 / 护期到期). Up to this many characters' width it stays on one line.
const ONE_LINE_EMS = 10;

function maxLines(kind: NodeKind, label: string): number {
  if (WIDE.test(label) && textWidth(label, NODE_LABEL.fontSize) <= ONE_LINE_EMS * NODE_LABEL.fontSize) return 1;
  return maxLabelLines(kind);
}

function labelFits(kind: NodeKind, size: Size, label: string): boolean {
  const box = shapeGeometry(kind, size.width, size.height).textBox;
  // The estimate leans wide (src/geometry/text.ts), so a label that fits here fits on screen.
  const maxWidth = box.width;
  // A word cut in two reads badly: the box must hold the longest one whole.
  if (label.split(BREAKS).some((word) => textWidth(word, NODE_LABEL.fontSize) > maxWidth)) return false;
  const lines = Math.min(maxLines(kind, label), Math.floor(box.height / NODE_LABEL.lineHeight));
  return !wrapText(label, { maxWidth, maxLines: lines, fontSize: NODE_LABEL.fontSize, balance: true }).truncated;
}

/** The kind's default size, widened (and for notes, heightened) until every label fits. */
function fitSize(kind: NodeKind, labels: readonly string[]): Size {
  const base = defaultSize(kind);
  const maxHeight = kind === 'note' ? MAX_NOTE_HEIGHT : base.height;
  const maxWidth = kind === 'note' ? MAX_NOTE_WIDTH : MAX_WIDTH;
  for (let height = base.height; height <= maxHeight; height += STEP) {
    for (let width = base.width; width <= maxWidth; width += STEP) {
      if (labels.every((label) => labelFits(kind, { width, height }, label))) return { width, height };
    }
  }
  throw new Error(`no size up to ${maxWidth}×${maxHeight} fits: ${labels.join(' / ')}`);
}

/** Placeholders for what a hand-written node may leave out, so that the file can be parsed. */
function withPlaceholders(file: unknown): unknown {
  if (!isPlainObject(file) || !isPlainObject(file['document']) || !Array.isArray(file['document']['nodes'])) return file;
  const nodes = file['document']['nodes'].map((node: unknown) => {
    if (!isPlainObject(node)) return node;
    const kind = NODE_KINDS.find((known) => known === node['kind']) ?? 'stage';
    return { position: { x: 0, y: 0 }, size: defaultSize(kind), ...node };
  });
  return { ...file, document: { ...file['document'], nodes } };
}

// ELK centres nodes in their layers, which leaves thirds of a unit. Whole numbers keep the files
// readable, and since sizes and half sizes are whole, a route's ends stay on its nodes' borders.
function round(point: Point): Point {
  return { x: Math.round(point.x), y: Math.round(point.y) };
}

/**
 * A label's place, found for its widest language, is kept only if every language's label centred
 * there still touches the route: a place beside the line suits the wide box that reaches over it,
 * and leaves a narrower one floating off it. Without a place, each language gets its own.
 */
function suitsEveryLanguage(at: Point, labels: readonly string[], points: readonly Point[]): boolean {
  return labels.every((label) => {
    const { width, height } = edgeLabelBox(label);
    const box = { x: at.x - width / 2, y: at.y - height / 2, width, height };
    return points.some((point, i) => i > 0 && segmentEntersRect(points[i - 1] as Point, point, box));
  });
}

function widest(labels: readonly string[]): string {
  return labels.reduce((wide, label) => (edgeLabelBox(label).width > edgeLabelBox(wide).width ? label : wide));
}

async function build(template: Template): Promise<Template> {
  const sized: Template = {
    ...template,
    document: {
      ...template.document,
      nodes: template.document.nodes.map((node) => ({
        ...node,
        size: fitSize(
          node.kind,
          TEMPLATE_LANGUAGES.map((language) => node.label[language]),
        ),
      })),
    },
  };
  // Geometry is shared by the languages: the layout sees each edge label in its widest language,
  // so that the gaps between layers and the labels' places suit every language.
  const doc = resolveTemplate(sized, 'en', { id: template.meta.id, now: 0 });
  if (!doc.ok) throw new Error(`${template.meta.id}: ${JSON.stringify(doc.error)}`);
  const widestLabels = new Map(sized.document.edges.map((edge) => [edge.id, edge.label && widest(Object.values(edge.label))]));
  const withWidestLabels = {
    ...doc.value,
    edges: doc.value.edges.map((edge) => {
      const label = widestLabels.get(edge.id);
      return label === undefined ? edge : { ...edge, label };
    }),
  };
  const laidOut = await layoutDocument(withWidestLabels, { direction: 'LR', spacing: 'normal' }, createElkNodeEngine());
  if (!laidOut.ok) throw new Error(`${template.meta.id}: layout failed, ${JSON.stringify(laidOut.error)}`);

  const nodes = new Map(laidOut.value.nodes.map((node) => [node.id, node]));
  const edges = new Map(laidOut.value.edges.map((edge) => [edge.id, edge]));
  return {
    ...sized,
    document: {
      ...sized.document,
      settings: laidOut.value.settings,
      nodes: sized.document.nodes.map((node) => ({ ...node, position: round(nodes.get(node.id)?.position ?? node.position) })),
      edges: sized.document.edges.map((edge) => {
        const routed = edges.get(edge.id);
        if (routed === undefined) return edge;
        const { points, labelAt, sourceHandle, targetHandle } = routed;
        const rounded = points?.map(round);
        const placed = { ...edge, sourceHandle, targetHandle, points: rounded };
        // The file's own labelAt belongs to the route it had before.
        delete placed.labelAt;
        const at = labelAt === undefined ? undefined : round(labelAt);
        const suits = at !== undefined && rounded !== undefined && suitsEveryLanguage(at, Object.values(edge.label ?? {}), rounded);
        return suits ? { ...placed, labelAt: at } : placed;
      }),
    },
  };
}

/** Sizes and lays out every template in `dir`, rewriting the files; returns their names. */
export async function buildTemplates(dir: string, version: string): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    const parsed = parseTemplateValue(withPlaceholders(JSON.parse(readFileSync(path, 'utf8'))));
    if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.error)}`);
    writeFileSync(path, serializeTemplateFile(await build(parsed.value), version));
  }
  return files;
}
