// One slide: a title, then a (sub)document's lanes, connectors, nodes and edge labels fitted below it.

import { contentExtent, diagramBounds, placeRouteLabels } from '../svg/bounds';
import { laneBands } from '../svg/laneBands';
import { element } from '../svg/svgElement';
import { routeEdges } from '../../model/edgeRoutes';
import type { SalesDocument } from '../../model/types';
import { textBody } from './drawingText';
import { GROUP_ROOT, NAMESPACES, XML_HEADER } from './namespaces';
import { connectorXml, edgeLabelXml, laneShapes, nodeShapeXml, ShapeIds } from './slideShapes';
import { fitToSlide, EMU_PER_PT, SLIDE_WIDTH } from './slideFrame';

const TITLE_TOP = 228_600;
const TITLE_HEIGHT = 548_640;
const TITLE_SIZE = 2_400;
const TITLE_COLOR = '1E293B';
const TITLE_INSET = 457_200;

function titleShape(title: string, id: number): string {
  const box = element(
    'p:spPr',
    {},
    element('a:xfrm', {}, element('a:off', { x: TITLE_INSET, y: TITLE_TOP }) + element('a:ext', { cx: SLIDE_WIDTH - 2 * TITLE_INSET, cy: TITLE_HEIGHT })) +
      element('a:prstGeom', { prst: 'rect' }, element('a:avLst', {})) +
      element('a:noFill', {}),
  );
  const text = textBody(title, { size: TITLE_SIZE, color: TITLE_COLOR, bold: true }, { insets: { left: 0, top: 0, right: 0, bottom: 0 }, anchor: 'ctr', align: 'l' });
  return element('p:sp', {}, element('p:nvSpPr', {}, element('p:cNvPr', { id, name: 'Title' }) + element('p:cNvSpPr', { txBox: 1 }) + element('p:nvPr', {})) + box + text);
}

export interface SlideContent {
  /** What the slide shows: the whole document, or a step's part of it. */
  document: SalesDocument;
  title: string;
  unassignedLabel: string;
}

export function slideXml({ document, title, unassignedLabel }: SlideContent): string {
  const routes = routeEdges(document);
  const places = placeRouteLabels(document.nodes, routes);
  const bands = laneBands(document, unassignedLabel);
  const bounds = diagramBounds(contentExtent(document.nodes, routes, places), bands);
  const top = title === '' ? 0 : TITLE_TOP + TITLE_HEIGHT - 4 * EMU_PER_PT;
  const frame = fitToSlide(bounds, top);
  const ids = new ShapeIds();
  const shapes: string[] = [];
  if (title !== '') shapes.push(titleShape(title, ids.take()));
  shapes.push(laneShapes(frame, bands, document.settings.direction, ids));
  // Node ids are taken before connectors are written, which name them; nodes are drawn after the
  // connectors, as in the SVG, so a line ends under a node's outline rather than across it.
  const shapeIdOf = new Map(document.nodes.map((node) => [node.id, ids.take()]));
  for (const route of routes) shapes.push(connectorXml(frame, route, ids.take(), shapeIdOf));
  for (const node of document.nodes) shapes.push(nodeShapeXml(frame, node, shapeIdOf.get(node.id)!));
  for (const route of routes) shapes.push(edgeLabelXml(frame, route, places.get(route.edge.id), ids.take()));
  return (
    XML_HEADER +
    element(
      'p:sld',
      NAMESPACES,
      element('p:cSld', {}, element('p:spTree', {}, GROUP_ROOT + shapes.join(''))) + '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>',
    )
  );
}
