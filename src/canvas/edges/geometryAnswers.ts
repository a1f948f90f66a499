// The worker's side of a big diagram's edge geometry (geometryWorker.ts): a copy of the document's
// nodes and edges kept from the page's patches, a route book of its own following it, and every
// label placed from scratch. Pure, so it is tested in Node.

import type { PlacedLabel } from '../../geometry/labelPlacer';
import { applyMirrorPatch, type MirrorPatch } from '../../lib/mirror';
import { placeDocumentLabels } from '../../model/labelPlaces';
import { RouteBook, type RouteRecord } from '../../model/routeBook';
import type { FlowEdge, FlowNode } from '../../model/types';

export interface GeometryDocument {
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
}

/** The lists the page's patches compare record by record (lib/mirror.ts). */
export const GEOMETRY_LISTS = ['nodes', 'edges'] as const;

export interface GeometryRequest {
  id: number;
  /** From the previous request's document to this one's; from nothing for the first. */
  patch: MirrorPatch;
  /** The page has no routes of its own yet (or too many to redo): send them all. */
  withRoutes: boolean;
}

export type GeometryAnswer =
  | { id: number; ok: true; routes: RouteRecord[] | null; places: Map<string, PlacedLabel> }
  | { id: number; ok: false };

/**
 * Answers geometry requests one after the other. The copy keeps its objects for records the page
 * did not replace, and the route book tells unchanged edges by identity: each answer routes only
 * what the edit changed.
 */
export class GeometryAnswers {
  private readonly book = new RouteBook();
  private document: GeometryDocument | null = null;

  answer(request: GeometryRequest): GeometryAnswer {
    const document = applyMirrorPatch<GeometryDocument>(this.document, request.patch);
    this.document = document;
    const routes = this.book.update(document);
    const places = placeDocumentLabels(document.nodes, document.edges, routes);
    return { id: request.id, ok: true, routes: request.withRoutes ? this.book.records() : null, places };
  }
}
