// Draws an SVG tree from our own writer (svgTree.ts) onto a PDF page as vector paths and real text
// in the embedded font: what makes a handout page sharp at any zoom, searchable and selectable.
// SVG's y axis points down and PDF's up: the whole tree is drawn under one flipping matrix, and
// pdf-lib's path and text calls, which flip on their own, get one more flip each.

import {
  beginText,
  clip,
  concatTransformationMatrix,
  endPath,
  endText,
  LineJoinStyle,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  setTextRenderingMode,
  showText,
  TextRenderingMode,
  type PDFFont,
  type PDFHexString,
  type PDFPage,
} from 'pdf-lib';
import { apply, multiply, parseTransform, rotation, scaling, translation, type Matrix } from './matrix';
import { pathEnd } from './pathEnd';
import { pdfColor, type PdfColor } from './pdfColor';
import { svgBounds } from './svgBounds';
import type { SvgNode } from './svgTree';

interface Style {
  fill: string;
  stroke: string;
  strokeWidth: number;
  fillOpacity: number;
  dash: string;
  fontSize: number;
  fontWeight: string;
  anchor: string;
}

const INITIAL: Style = { fill: '#000000', stroke: 'none', strokeWidth: 1, fillOpacity: 1, dash: 'none', fontSize: 16, fontWeight: 'normal', anchor: 'start' };
const FLIP: Matrix = [1, 0, 0, -1, 0, 0];
/** A bold label's outline, in ems: PDF's fill-and-stroke text stands in for a bold face we don't ship. */
const BOLD_STROKE = 0.03;

export interface PageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SvgPlacement {
  /** The SVG's user units to page points (y up). */
  matrix: Matrix;
  /** Page area the drawing is clipped to; text wholly outside it is left out, so search finds only what shows. */
  clip: PageRect;
}

/** Places the SVG's `view` (user units) at `scale` points per unit, its top-left corner at page point (`left`, `top`). */
export function placement(view: PageRect, scale: number, left: number, top: number, area: PageRect): SvgPlacement {
  return { matrix: [scale, 0, 0, -scale, left - scale * view.x, top + scale * view.y], clip: area };
}

function styleOf(node: SvgNode, parent: Style): Style {
  const a = node.attributes;
  const number = (name: string, fallback: number) => {
    const value = Number(a.get(name));
    return a.has(name) && Number.isFinite(value) ? value : fallback;
  };
  return {
    fill: a.get('fill') ?? parent.fill,
    stroke: a.get('stroke') ?? parent.stroke,
    strokeWidth: number('stroke-width', parent.strokeWidth),
    fillOpacity: number('fill-opacity', parent.fillOpacity),
    dash: a.get('stroke-dasharray') ?? parent.dash,
    fontSize: number('font-size', parent.fontSize),
    fontWeight: a.get('font-weight') ?? parent.fontWeight,
    anchor: a.get('text-anchor') ?? parent.anchor,
  };
}

function numberAttribute(node: SvgNode, name: string): number {
  const value = Number(node.attributes.get(name) ?? 0);
  return Number.isFinite(value) ? value : 0;
}

function roundedRectPath(x: number, y: number, w: number, h: number, rx: number): string {
  const r = Math.max(0, Math.min(rx, w / 2, h / 2));
  if (r === 0) return `M${x},${y}H${x + w}V${y + h}H${x}Z`;
  return (
    `M${x + r},${y}H${x + w - r}A${r},${r} 0 0 1 ${x + w},${y + r}V${y + h - r}A${r},${r} 0 0 1 ${x + w - r},${y + h}` +
    `H${x + r}A${r},${r} 0 0 1 ${x},${y + h - r}V${y + r}A${r},${r} 0 0 1 ${x + r},${y}Z`
  );
}

function circlePath(cx: number, cy: number, r: number): string {
  return `M${cx - r},${cy}A${r},${r} 0 1 0 ${cx + r},${cy}A${r},${r} 0 1 0 ${cx - r},${cy}Z`;
}

/**
 * Widths and glyph codes of each string, per font: shaping a string with fontkit takes about a
 * millisecond, and every page of a handout draws the same labels again.
 */
const shaped = new WeakMap<PDFFont, Map<string, { width: number; codes: PDFHexString }>>();

function shape(font: PDFFont, text: string): { width: number; codes: PDFHexString } {
  let cache = shaped.get(font);
  if (!cache) shaped.set(font, (cache = new Map()));
  let found = cache.get(text);
  if (!found) cache.set(text, (found = { width: font.widthOfTextAtSize(text, 1), codes: font.encodeText(text) }));
  return found;
}

function toRgb(color: PdfColor) {
  return rgb(color.red, color.green, color.blue);
}

class Painter {
  private readonly markers = new Map<string, SvgNode>();
  private readonly fontKey;

  constructor(
    private readonly page: PDFPage,
    private readonly font: PDFFont,
    private readonly area: PageRect,
  ) {
    this.fontKey = page.node.newFontDictionary(font.name, font.ref);
  }

  paint(root: SvgNode, place: SvgPlacement): void {
    for (const defs of root.children.filter((child) => child.tag === 'defs')) {
      for (const marker of defs.children) if (marker.tag === 'marker') this.markers.set(marker.attributes.get('id') ?? '', marker);
    }
    const { clip: box } = place;
    this.page.pushOperators(
      pushGraphicsState(),
      rectangle(box.x, box.y, box.width, box.height),
      clip(),
      endPath(),
      concatTransformationMatrix(...place.matrix),
      setLineJoin(LineJoinStyle.Round),
    );
    this.children(root, place.matrix, INITIAL);
    this.page.pushOperators(popGraphicsState());
  }

  private children(node: SvgNode, matrix: Matrix, style: Style): void {
    for (const child of node.children) this.node(child, matrix, style);
  }

  private node(node: SvgNode, outer: Matrix, parent: Style): void {
    const box = svgBounds(node);
    if (box && !this.visible(outer, box.minX, box.minY, box.maxX - box.minX, box.maxY - box.minY)) return;
    const style = styleOf(node, parent);
    const local = parseTransform(node.attributes.get('transform'));
    const matrix = multiply(outer, local);
    const transformed = node.attributes.has('transform');
    if (transformed) this.page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...local));
    switch (node.tag) {
      case 'g':
        this.children(node, matrix, style);
        break;
      case 'rect': {
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => numberAttribute(node, name)) as [number, number, number, number];
        if (w > 0 && h > 0) this.path(roundedRectPath(x, y, w, h, numberAttribute(node, 'rx')), style);
        break;
      }
      case 'circle':
        this.path(circlePath(numberAttribute(node, 'cx'), numberAttribute(node, 'cy'), numberAttribute(node, 'r')), style);
        break;
      case 'path': {
        const d = node.attributes.get('d') ?? '';
        this.path(d, style);
        this.marker(node.attributes.get('marker-end'), d, style);
        break;
      }
      case 'text':
        this.text(node, matrix, style);
        break;
      default:
        // title, defs (read in paint) and anything else our writer adds without paint.
        break;
    }
    if (transformed) this.page.pushOperators(popGraphicsState());
  }

  private path(d: string, style: Style): void {
    const fill = pdfColor(style.fill);
    const stroke = style.strokeWidth > 0 ? pdfColor(style.stroke) : null;
    if (d === '' || (fill === null && stroke === null)) return;
    const opacity = fill ? Math.min(1, Math.max(0, fill.alpha * style.fillOpacity)) : 1;
    const dash = style.dash === 'none' ? undefined : style.dash.split(/[\s,]+/).map(Number).filter((n) => Number.isFinite(n) && n >= 0);
    this.page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...FLIP));
    this.page.drawSvgPath(d, {
      x: 0,
      y: 0,
      // Opacity only when below 1: pdf-lib adds a graphics state to the page for every call that has one.
      ...(fill ? { color: toRgb(fill), ...(opacity < 1 ? { opacity } : {}) } : {}),
      ...(stroke ? { borderColor: toRgb(stroke), borderWidth: style.strokeWidth, ...(stroke.alpha < 1 ? { borderOpacity: stroke.alpha } : {}) } : {}),
      ...(stroke && dash && dash.length > 0 ? { borderDashArray: dash } : {}),
    });
    this.page.pushOperators(popGraphicsState());
  }

  /** The arrowhead: the marker's content turned along the line's end, sized in stroke widths (markerUnits). */
  private marker(reference: string | undefined, d: string, style: Style): void {
    const id = /^url\(#(.+)\)$/.exec(reference ?? '')?.[1];
    const marker = id === undefined ? undefined : this.markers.get(id);
    const end = marker ? pathEnd(d) : null;
    if (!marker || !end) return;
    const [, , viewWidth = 10] = (marker.attributes.get('viewBox') ?? '0 0 10 10').split(/\s+/).map(Number);
    const size = (numberAttribute(marker, 'markerWidth') || 3) * style.strokeWidth;
    const local = multiply(
      multiply(translation(end.x, end.y), rotation((end.angle * 180) / Math.PI)),
      multiply(scaling(size / viewWidth), translation(-numberAttribute(marker, 'refX'), -numberAttribute(marker, 'refY'))),
    );
    this.page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...local));
    for (const child of marker.children) if (child.tag === 'path') this.path(child.attributes.get('d') ?? '', styleOf(child, INITIAL));
    this.page.pushOperators(popGraphicsState());
  }

  private text(node: SvgNode, matrix: Matrix, style: Style): void {
    const runs = node.children.some((child) => child.tag === 'tspan')
      ? node.children.filter((child) => child.tag === 'tspan').map((span) => ({ span, style: styleOf(span, style) }))
      : [{ span: node, style }];
    for (const { span, style: spanStyle } of runs) {
      const content = span.text.replace(/[\r\n\t]/g, ' ');
      const color = pdfColor(spanStyle.fill);
      if (content.trim() === '' || color === null) continue;
      const size = spanStyle.fontSize;
      const { width: unitWidth, codes } = shape(this.font, content);
      const width = unitWidth * size;
      const x = numberAttribute(span, 'x') - (spanStyle.anchor === 'middle' ? width / 2 : spanStyle.anchor === 'end' ? width : 0);
      const y = numberAttribute(span, 'y');
      if (!this.visible(matrix, x, y - size, width, size * 1.3)) continue;
      const bold = Number(spanStyle.fontWeight) >= 600 || spanStyle.fontWeight === 'bold';
      this.page.pushOperators(pushGraphicsState(), concatTransformationMatrix(1, 0, 0, -1, x, y));
      if (bold) {
        this.page.pushOperators(
          setTextRenderingMode(TextRenderingMode.FillAndOutline),
          setLineWidth(size * BOLD_STROKE),
          setStrokingRgbColor(color.red, color.green, color.blue),
        );
      }
      this.page.pushOperators(
        beginText(),
        setFillingRgbColor(color.red, color.green, color.blue),
        setFontAndSize(this.fontKey, size),
        showText(codes),
        endText(),
        popGraphicsState(),
      );
    }
  }

  /** Whether a box in user units, under `matrix`, overlaps the page area drawn. */
  private visible(matrix: Matrix, x: number, y: number, width: number, height: number): boolean {
    const corners = [apply(matrix, x, y), apply(matrix, x + width, y), apply(matrix, x, y + height), apply(matrix, x + width, y + height)];
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    const { area } = this;
    return Math.max(...xs) > area.x && Math.min(...xs) < area.x + area.width && Math.max(...ys) > area.y && Math.min(...ys) < area.y + area.height;
  }
}

/** Draws `root` (our own SVG, parsed) on `page` where `place` says, clipped to its area. */
export function paintSvg(root: SvgNode, page: PDFPage, font: PDFFont, place: SvgPlacement): void {
  new Painter(page, font, place.clip).paint(root, place);
}
