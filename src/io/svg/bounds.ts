// The diagram's extent in canvas units: what the SVG and PNG exports frame (plus their padding).

import type { FlowNode, SalesDocument } from '../../model/types';
import { bandsExtent, laneBands, type DrawnLaneBand } from './laneBands';
import { addPoint, addRect, extentToRect, type Extent, type Rect } from '../../geometry/rect';
import { routeEdges, type EdgeRoute } from '../../model/edgeRoutes';
import { placeDocumentLabels } from '../../model/labelPlaces';
import type { PlacedLabel } from '../../geometry/labelPlacer';

/** Where the labels and chips of these routes go (src/model/labelPlaces.ts, as on the canvas). */
export function placeRouteLabels(nodes: readonly FlowNode[], routes: readonly EdgeRoute[]): Map<string, PlacedLabel> {
  return placeDocumentLabels(
    nodes,
    routes.map((route) => route.edge),
    new Map(routes.map((route) => [route.edge.id, route.points])),
  );
}

/** Nodes, edge bend points, the routes drawn between nodes and their labels: everything but the lanes. */
export function contentExtent(nodes: readonly FlowNode[], routes: readonly EdgeRoute[], places: ReadonlyMap<string, PlacedLabel>): Extent | null {
  let extent: Extent | null = null;
  for (const node of nodes) extent = addRect(extent, { ...node.position, ...node.size });
  for (const route of routes) {
    for (const p of route.points) extent = addPoint(extent, p);
    for (const p of route.edge.points ?? []) extent = addPoint(extent, p);
    const label = places.get(route.edge.id)?.label;
    if (label) extent = addRect(extent, label);
  }
  return extent;
}

export function diagramBounds(content: Extent | null, bands: readonly DrawnLaneBand[]): Rect {
  return extentToRect(bandsExtent(bands, content));
}

/**
 * Min/max over nodes, lane bands, edge bend points, edge routes and labels. An empty document has an
 * empty rectangle at the origin.
 */
export function documentBounds(doc: Pick<SalesDocument, 'lanes' | 'nodes' | 'edges' | 'settings'>): Rect {
  const routes = routeEdges(doc);
  const content = contentExtent(doc.nodes, routes, placeRouteLabels(doc.nodes, routes));
  return diagramBounds(content, laneBands(doc));
}
