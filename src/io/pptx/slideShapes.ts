// The shapes of one slide: lanes behind, connectors, nodes, then edge labels on top, each placed
// from the geometry the SVG export draws (src/io/svg), so the slide matches the screen.

import { EDGE_STROKE_WIDTH } from '../../geometry/edgeLine';
import { EDGE_LABEL, NODE_LABEL, edgeLabelBox } from '../../geometry/labelBox';
import type { Rect } from '../../geometry/rect';
import { edgeSides, type EdgeRoute } from '../../model/edgeRoutes';
import { nodeAppearance, nodeShape } from '../../model/outcomeLook';
import type { Direction, FlowNode } from '../../model/types';
import type { PlacedLabel } from '../../geometry/labelPlacer';
import type { DrawnLaneBand } from '../svg/laneBands';
import { lanePaint } from '../svg/laneTint';
import { element } from '../svg/svgElement';
import { LANE_FONT_SIZE, svgPalette } from '../svg/svgTheme';
import { connectorShape } from './connectorShape';
import { drawingColor, solidFill } from './drawingColor';
import { textBody } from './drawingText';
import { connectionSite, presetShape } from './presetShapes';
import { fontSizeOf, lengthEmu, toEmu, type SlideFrame } from './slideFrame';

const NODE_STROKE = 1.5;
const LANE_STROKE = 1;
const palette = svgPalette('light');

/** Shape ids of a slide: 1 is the slide's own group, and every id is unique within the slide. */
export class ShapeIds {
  private next = 2;
  take(): number {
    return this.next++;
  }
}

function nonVisual(id: number, name: string, inner: string, wrapper: 'p:nvSpPr' | 'p:nvCxnSpPr'): string {
  return element(wrapper, {}, element('p:cNvPr', { id, name }) + inner + element('p:nvPr', {}));
}

function transform(frame: SlideFrame, rect: Rect): string {
  const at = toEmu(frame, rect);
  return element('a:xfrm', {}, element('a:off', { x: at.x, y: at.y }) + element('a:ext', { cx: lengthEmu(frame, rect.width), cy: lengthEmu(frame, rect.height) }));
}

function geometry(prst: string, adjust: readonly { name: string; value: number }[]): string {
  return element('a:prstGeom', { prst }, element('a:avLst', {}, adjust.map((gd) => element('a:gd', { name: gd.name, fmla: `val ${gd.value}` })).join('')));
}

function outline(frame: SlideFrame, width: number, color: string, extra = ''): string {
  return element('a:ln', { w: lengthEmu(frame, width) }, solidFill(color) + extra);
}

function rectShape(frame: SlideFrame, id: number, name: string, rect: Rect, fill: string, stroke: string | null, text = ''): string {
  const line = stroke === null ? element('a:ln', {}, element('a:noFill', {})) : outline(frame, LANE_STROKE, stroke);
  return element('p:sp', {}, nonVisual(id, name, element('p:cNvSpPr', {}), 'p:nvSpPr') + element('p:spPr', {}, transform(frame, rect) + geometry('rect', []) + solidFill(fill) + line) + text);
}

export function laneShapes(frame: SlideFrame, bands: readonly DrawnLaneBand[], direction: Direction, ids: ShapeIds): string {
  return bands
    .map((band) => {
      const paint = band.color === undefined ? null : lanePaint(band.color, 'light');
      const body = drawingColor(paint?.body.fill, palette.laneFills[band.index % 2] ?? palette.laneFills[0]);
      const head = drawingColor(paint?.header.fill, palette.laneHeaderFill);
      const inset = lengthEmu(frame, 4);
      const label = textBody(
        band.label,
        { size: fontSizeOf(frame, LANE_FONT_SIZE), color: drawingColor(palette.laneText, '1E293B'), bold: true },
        { insets: { left: inset, top: inset, right: inset, bottom: inset }, anchor: 'ctr', vertical: direction === 'LR' },
      );
      return (
        rectShape(frame, ids.take(), `Lane: ${band.label}`, band.rect, body, drawingColor(palette.laneStroke, 'CBD5E1')) +
        rectShape(frame, ids.take(), `Lane header: ${band.label}`, band.header, head, drawingColor(palette.laneStroke, 'CBD5E1'), label)
      );
    })
    .join('');
}

export function nodeShapeXml(frame: SlideFrame, node: FlowNode, id: number): string {
  const preset = presetShape(node);
  const look = nodeAppearance(node, 'light');
  const fill = drawingColor(node.style?.fill, look.fill);
  const stroke = drawingColor(node.style?.stroke, look.stroke);
  const textColor = drawingColor(node.style?.textColor, look.text);
  // Our text box inside the node's box, as insets; the presets' own text areas are close to it.
  const { textBox } = nodeShape(node.kind, node.size.width, node.size.height, node.outcome);
  const small = (length: number) => lengthEmu(frame, Math.max(0, Math.min(length, 6)));
  const insets = {
    left: small(textBox.x),
    top: small(textBox.y),
    right: small(node.size.width - textBox.x - textBox.width),
    bottom: small(node.size.height - textBox.y - textBox.height),
  };
  const rect = { ...node.position, ...node.size };
  const spPr = element('p:spPr', {}, transform(frame, rect) + geometry(preset.prst, preset.adjust) + solidFill(fill) + outline(frame, NODE_STROKE, stroke));
  const text = textBody(node.label, { size: fontSizeOf(frame, NODE_LABEL.fontSize), color: textColor }, { insets, anchor: 'ctr' });
  return element('p:sp', {}, nonVisual(id, `${node.kind}: ${node.label}`.slice(0, 255), element('p:cNvSpPr', {}), 'p:nvSpPr') + spPr + text);
}

function isAnnotation(route: EdgeRoute): boolean {
  return route.source.kind === 'note' || route.target.kind === 'note';
}

/** A connector bound at both ends (`a:stCxn`, `a:endCxn`), so moving a shape in PowerPoint drags it along. */
export function connectorXml(frame: SlideFrame, route: EdgeRoute, id: number, shapeIdOf: ReadonlyMap<string, number>): string {
  const sides = edgeSides(route.edge, route.source, route.target);
  const points = route.points.map((point) => toEmu(frame, point));
  const shape = connectorShape(points, sides);
  const sourceId = shapeIdOf.get(route.source.id);
  const targetId = shapeIdOf.get(route.target.id);
  if (shape === null || sourceId === undefined || targetId === undefined) return '';
  const binding = element(
    'p:cNvCxnSpPr',
    {},
    element('a:stCxn', { id: sourceId, idx: connectionSite(sides[0]) }) + element('a:endCxn', { id: targetId, idx: connectionSite(sides[1]) }),
  );
  const xfrm = element(
    'a:xfrm',
    { rot: shape.rotation === 90 ? 5_400_000 : undefined, flipH: shape.flipH ? 1 : undefined, flipV: shape.flipV ? 1 : undefined },
    element('a:off', { x: Math.round(shape.offset.x), y: Math.round(shape.offset.y) }) +
      element('a:ext', { cx: Math.round(shape.extent.width), cy: Math.round(shape.extent.height) }),
  );
  const adjust = shape.middle === undefined ? [] : [{ name: 'adj1', value: shape.middle }];
  const annotation = isAnnotation(route);
  const color = drawingColor(annotation ? palette.annotationEdge : palette.edge, '64748B');
  const dash = annotation ? 'sysDot' : route.edge.style === 'dashed' ? 'dash' : null;
  const line = outline(
    frame,
    EDGE_STROKE_WIDTH,
    color,
    (dash === null ? '' : element('a:prstDash', { val: dash })) + (annotation ? '' : element('a:tailEnd', { type: 'triangle', w: 'med', len: 'med' })),
  );
  const name = `Connector: ${route.source.label} → ${route.target.label}`.slice(0, 255);
  return element('p:cxnSp', {}, nonVisual(id, name, binding, 'p:nvCxnSpPr') + element('p:spPr', {}, xfrm + geometry(shape.prst, adjust) + line));
}

/** PowerPoint connectors hold no text: a label is a text box where the placer put it. */
export function edgeLabelXml(frame: SlideFrame, route: EdgeRoute, place: PlacedLabel | undefined, id: number): string {
  const label = route.edge.label;
  if (label === undefined || label.trim() === '' || place === undefined) return '';
  const box = edgeLabelBox(label);
  const rect = { x: place.centre.x - box.width / 2, y: place.centre.y - box.height / 2, width: box.width, height: box.height };
  const inset = lengthEmu(frame, 1);
  const text = textBody(
    box.lines.join('\n'),
    { size: fontSizeOf(frame, EDGE_LABEL.fontSize), color: drawingColor(palette.edgeLabelText, '334155') },
    { insets: { left: inset, top: 0, right: inset, bottom: 0 }, anchor: 'ctr', wrap: false },
  );
  const spPr = element(
    'p:spPr',
    {},
    transform(frame, rect) + geometry('roundRect', [{ name: 'adj', value: 20_000 }]) + solidFill(drawingColor(palette.edgeLabelFill, 'FFFFFF')) + outline(frame, 0.75, drawingColor(palette.edgeLabelStroke, 'CBD5E1')),
  );
  return element('p:sp', {}, nonVisual(id, `Label: ${label}`.slice(0, 255), element('p:cNvSpPr', { txBox: 1 }), 'p:nvSpPr') + spPr + text);
}
