// The trainer's PDF handout (issue 21): the whole diagram first (fitted, or tiled when its labels
// would print under 8 pt), then one page per walkthrough step with the step's part of the diagram
// and its caption. Every page draws our own SVG rendering (the one the SVG export writes) as
// vector paths and real text in an embedded font subset: no screenshot, selectable, searchable.

import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { EDGE_LABEL, NODE_LABEL, RATE_CHIP } from '../../geometry/labelBox';
import type { SalesDocument } from '../../model/types';
import { stepView } from '../../model/walkthrough/steps';
import type { DiagramFigures } from '../svg/drawFigures';
import { renderDocumentSvg } from '../svg/renderDocumentSvg';
import { upstreamFontkit } from './fontkitShim';
import { contentArea, pageSize, planOverview, type OverviewPlan, type PageOptions, type Tile } from './pageLayout';
import { paintSvg, placement, type PageRect } from './paintSvg';
import { parseSvgTree, type SvgNode } from './svgTree';
import { wrapLines } from './wrapLines';

export interface HandoutStep {
  nodeId: string;
  title: string;
  notes: string;
  facts: readonly { label: string; value: string }[];
}

/** Texts of the pages, in the user's language; `{number}` and `{count}` are filled in here. */
export interface HandoutStrings {
  overviewPart: string;
  step: string;
  page: string;
}

export interface HandoutJob {
  document: SalesDocument;
  page: PageOptions;
  steps: readonly HandoutStep[];
  strings: HandoutStrings;
  unassignedLabel: string;
  figures?: DiagramFigures;
}

const HEADER_HEIGHT = 26;
const TITLE_SIZE = 13;
const SMALL_SIZE = 8;
const CAPTION_TITLE_SIZE = 14;
const CAPTION_SIZE = 10;
const LINE_GAP = 1.4;
/**
 * Characters of a caption text that are wrapped at most: notes may hold 100,000 (DESIGN.md), a page
 * shows a few hundred, and shaping each piece takes fontkit a fraction of a millisecond.
 */
const MAX_CAPTION_CHARS = 1200;
/** Share of a step page's drawing area given to the caption. */
const CAPTION_SHARE = 0.36;
/** Drawing units around a step's nodes, and its largest zoom: a lone node should not fill the page. */
const STEP_PADDING = 40;
const MAX_STEP_SCALE = 1.6;
const INK = rgb(0.12, 0.16, 0.23);
const MUTED = rgb(0.39, 0.45, 0.55);
const RULE = rgb(0.58, 0.64, 0.72);
const ACCENT = rgb(0.15, 0.39, 0.92);

function fill(template: string, number: number, count: number): string {
  return template.replace('{number}', String(number)).replace('{count}', String(count));
}

function viewBoxOf(root: SvgNode): PageRect {
  const [x = 0, y = 0, width = 1, height = 1] = (root.attributes.get('viewBox') ?? '').split(/\s+/).map(Number);
  return { x, y, width, height };
}

/** The smallest text the drawing holds, in drawing units: what must stay readable on paper. */
function smallestFont(job: HandoutJob): number {
  const sizes: number[] = [NODE_LABEL.fontSize];
  if (job.document.edges.some((edge) => (edge.label ?? '') !== '')) sizes.push(EDGE_LABEL.fontSize);
  if (job.figures) sizes.push(RATE_CHIP.fontSize);
  return Math.min(...sizes);
}

class HandoutWriter {
  private readonly pages: PDFPage[] = [];
  private readonly area: PageRect;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly font: PDFFont,
    private readonly job: HandoutJob,
    private readonly drawing: SvgNode,
  ) {
    this.area = contentArea(job.page);
  }

  private addPage(): PDFPage {
    const { width, height } = pageSize(this.job.page);
    const page = this.pdf.addPage([width, height]);
    this.pages.push(page);
    return page;
  }

  private header(page: PDFPage, text: string): void {
    const { area } = this;
    const lines = wrapLines(text.slice(0, 300), area.width * 0.8, (t) => this.font.widthOfTextAtSize(t, TITLE_SIZE), 1);
    page.drawText(lines[0] ?? '', { x: area.x, y: area.y + area.height - TITLE_SIZE, size: TITLE_SIZE, font: this.font, color: INK });
  }

  /** The part of the area under the header where a drawing goes. */
  private drawingArea(captionShare: number): PageRect {
    const { area } = this;
    const height = (area.height - HEADER_HEIGHT) * (1 - captionShare);
    return { x: area.x, y: area.y + area.height - HEADER_HEIGHT - height, width: area.width, height };
  }

  /** Draws `view` of the diagram at `scale`, centred in `box`; returns the units-to-page mapping. */
  private drawView(page: PDFPage, view: PageRect, scale: number, box: PageRect) {
    const left = box.x + (box.width - view.width * scale) / 2;
    const top = box.y + box.height - (box.height - view.height * scale) / 2;
    paintSvg(this.drawing, page, this.font, placement(view, scale, left, top, box));
    return { toPageX: (x: number) => left + (x - view.x) * scale, toPageY: (y: number) => top - (y - view.y) * scale };
  }

  overview(): void {
    const box = this.drawingArea(0);
    const whole = viewBoxOf(this.drawing);
    const plan = planOverview(whole, box, smallestFont(this.job));
    plan.tiles.forEach((tile, index) => {
      const page = this.addPage();
      const title = this.job.document.title;
      this.header(page, plan.tiles.length === 1 ? title : `${title} · ${fill(this.job.strings.overviewPart, index + 1, plan.tiles.length)}`);
      const map = this.drawView(page, tile.view, plan.scale, box);
      this.overlapMarks(page, plan, tile, box, map);
    });
  }

  /** Dashed lines where the neighbouring tiles begin and end: the strips printed twice, to glue over. */
  private overlapMarks(page: PDFPage, plan: OverviewPlan, tile: Tile, box: PageRect, map: { toPageX: (x: number) => number; toPageY: (y: number) => number }): void {
    const neighbour = (row: number, column: number) => plan.tiles.find((t) => t.row === row && t.column === column);
    const dash = { thickness: 0.6, color: RULE, dashArray: [4, 3] };
    const xs = [neighbour(tile.row, tile.column + 1)?.view.x, ((t) => (t ? t.view.x + t.view.width : undefined))(neighbour(tile.row, tile.column - 1))];
    const ys = [neighbour(tile.row + 1, tile.column)?.view.y, ((t) => (t ? t.view.y + t.view.height : undefined))(neighbour(tile.row - 1, tile.column))];
    for (const x of xs) {
      if (x === undefined) continue;
      const px = map.toPageX(x);
      page.drawLine({ start: { x: px, y: box.y }, end: { x: px, y: box.y + box.height }, ...dash });
    }
    for (const y of ys) {
      if (y === undefined) continue;
      const py = map.toPageY(y);
      page.drawLine({ start: { x: box.x, y: py }, end: { x: box.x + box.width, y: py }, ...dash });
    }
  }

  step(step: HandoutStep, index: number, count: number): void {
    const page = this.addPage();
    this.header(page, `${fill(this.job.strings.step, index + 1, count)} · ${step.title}`);
    const box = this.drawingArea(CAPTION_SHARE);
    const nodes = new Map(this.job.document.nodes.map((node) => [node.id, node]));
    const shown = stepView(this.job.document, step.nodeId).nodeIds.flatMap((id) => nodes.get(id) ?? []);
    const xs = shown.flatMap((n) => [n.position.x, n.position.x + n.size.width]);
    const ys = shown.flatMap((n) => [n.position.y, n.position.y + n.size.height]);
    const view = {
      x: Math.min(...xs) - STEP_PADDING,
      y: Math.min(...ys) - STEP_PADDING,
      width: Math.max(...xs) - Math.min(...xs) + 2 * STEP_PADDING,
      height: Math.max(...ys) - Math.min(...ys) + 2 * STEP_PADDING,
    };
    const scale = Math.min(box.width / view.width, box.height / view.height, MAX_STEP_SCALE);
    const map = this.drawView(page, view, scale, box);
    const node = nodes.get(step.nodeId);
    if (node) {
      const ring = 5;
      page.drawRectangle({
        x: map.toPageX(node.position.x) - ring,
        y: map.toPageY(node.position.y + node.size.height) - ring,
        width: node.size.width * scale + 2 * ring,
        height: node.size.height * scale + 2 * ring,
        borderColor: ACCENT,
        borderWidth: 1.5,
        borderDashArray: [5, 3],
      });
    }
    this.caption(page, step, { x: this.area.x, y: this.area.y, width: this.area.width, height: box.y - this.area.y - 8 });
  }

  private caption(page: PDFPage, step: HandoutStep, box: PageRect): void {
    const rows: { text: string; size: number; color: typeof INK; bold?: boolean }[] = [];
    const measure = (size: number) => (text: string) => this.font.widthOfTextAtSize(text, size);
    const clamp = (text: string) => (text.length > MAX_CAPTION_CHARS ? `${text.slice(0, MAX_CAPTION_CHARS)}…` : text);
    for (const line of wrapLines(clamp(step.title), box.width, measure(CAPTION_TITLE_SIZE), 2)) rows.push({ text: line, size: CAPTION_TITLE_SIZE, color: INK, bold: true });
    if (step.notes.trim() !== '') for (const line of wrapLines(clamp(step.notes), box.width, measure(CAPTION_SIZE), 8)) rows.push({ text: line, size: CAPTION_SIZE, color: INK });
    for (const fact of step.facts) {
      for (const line of wrapLines(clamp(`${fact.label}: ${fact.value}`), box.width, measure(CAPTION_SIZE), 3)) rows.push({ text: line, size: CAPTION_SIZE, color: MUTED });
    }
    page.drawLine({ start: { x: box.x, y: box.y + box.height }, end: { x: box.x + box.width, y: box.y + box.height }, thickness: 0.5, color: RULE });
    let y = box.y + box.height - 6;
    for (const row of rows) {
      y -= row.size * LINE_GAP;
      if (y < box.y) break;
      page.drawText(row.text, { x: box.x, y, size: row.size, font: this.font, color: row.color });
    }
  }

  /** "Page n of m" at every page's foot, once the count is known. */
  numberPages(): void {
    this.pages.forEach((page, index) => {
      const text = fill(this.job.strings.page, index + 1, this.pages.length);
      const width = this.font.widthOfTextAtSize(text, SMALL_SIZE);
      page.drawText(text, { x: this.area.x + this.area.width - width, y: this.area.y + this.area.height - SMALL_SIZE, size: SMALL_SIZE, font: this.font, color: MUTED });
    });
  }
}

/**
 * The handout's bytes. `font` is an OpenType font with the glyphs of every language shown (the
 * bundled Noto Sans CJK SC subset); only the glyphs used go into the file. The document must have
 * at least one node: the caller says so to the user instead of writing an empty file.
 */
export async function writeHandout(
  job: HandoutJob,
  font: Uint8Array,
  onPage?: (done: number, total: number) => void | Promise<void>,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(upstreamFontkit);
  pdf.setTitle(job.document.title);
  pdf.setCreator('Salesflow');
  pdf.setProducer('Salesflow');
  const embedded = await pdf.embedFont(font, { subset: true });
  const svg = renderDocumentSvg(job.document, {
    padding: 16,
    background: 'white',
    titles: false,
    unassignedLabel: job.unassignedLabel,
    ...(job.figures ? { figures: job.figures } : {}),
  });
  const writer = new HandoutWriter(pdf, embedded, job, parseSvgTree(svg));
  const total = job.steps.length + 1;
  writer.overview();
  await onPage?.(1, total);
  for (const [index, step] of job.steps.entries()) {
    writer.step(step, index, job.steps.length);
    await onPage?.(index + 2, total);
  }
  writer.numberPages();
  return pdf.save();
}
