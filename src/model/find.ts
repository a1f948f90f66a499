import type { SalesDocument } from './types';

/** Nodes whose label contains the query, ignoring case and surrounding spaces, in reading order. */
export function findNodesByLabel(document: SalesDocument, query: string): string[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [];
  return document.nodes
    .filter((node) => node.label.toLocaleLowerCase().includes(needle))
    .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
    .map((node) => node.id);
}
