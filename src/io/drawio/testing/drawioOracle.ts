// draw.io's own engine (the `mxgraph` package, tests only) as the judge of our draw.io files. It
// needs a DOM: test files using this run in jsdom. `readWithDrawio` decodes the page with mxCodec
// into an mxGraphModel, as draw.io does when it opens an uncompressed file, and describes each
// cell with the style mxGraph resolves for it and its geometry made absolute through its parents.

import factory from 'mxgraph';

export interface DrawioCell {
  id: string;
  parent: string | undefined;
  vertex: boolean;
  edge: boolean;
  swimlane: boolean;
  /** The label as draw.io shows an HTML label: markup read, `<br>` as a line break. */
  text: string;
  /** A `UserObject`'s link, which draw.io opens from the shape. */
  link: string | undefined;
  style: Record<string, unknown>;
  source: string | undefined;
  target: string | undefined;
  /** Absolute, through the parents' geometry. */
  bounds: { x: number; y: number; width: number; height: number } | undefined;
  points: { x: number; y: number }[];
}

interface MxCell {
  id: string;
  value: unknown;
  parent: MxCell | null;
  source: MxCell | null;
  target: MxCell | null;
  geometry: { x: number; y: number; width: number; height: number; relative: boolean; points: { x: number; y: number }[] | null } | null;
  isVertex(): boolean;
  isEdge(): boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mx = any;
let mx: Mx | undefined;

function engine(): Mx {
  if (mx) return mx;
  mx = factory({ mxLoadResources: false, mxLoadStylesheets: false });
  // mxCodec finds the classes it decodes by their names on window (mxgraph issue 385).
  Object.assign(window, { mxGraphModel: mx.mxGraphModel, mxGeometry: mx.mxGeometry, mxCell: mx.mxCell, mxPoint: mx.mxPoint });
  return mx;
}

/** A cell's value: its label, or for a `UserObject` the element that holds the label and link. */
function labelOf(value: unknown): unknown {
  return value instanceof Element ? value.getAttribute('label') : value;
}

function shownText(value: unknown): string {
  if (typeof value !== 'string') return '';
  const body = new DOMParser().parseFromString(value, 'text/html').body;
  for (const br of [...body.querySelectorAll('br')]) br.replaceWith('\n');
  return body.textContent ?? '';
}

export function readWithDrawio(xml: string): { pageName: string | null; cells: Map<string, DrawioCell> } {
  const mxg = engine();
  const xmlDocument = mxg.mxUtils.parseXml(xml);
  const page = xmlDocument.getElementsByTagName('diagram')[0];
  const modelNode = xmlDocument.getElementsByTagName('mxGraphModel')[0];
  if (!page || !modelNode) throw new Error('no page');
  const model = new mxg.mxGraphModel();
  new mxg.mxCodec(xmlDocument).decode(modelNode, model);
  const graph = new mxg.mxGraph(document.createElement('div'), model);
  const origin = (cell: MxCell | null): { x: number; y: number } => {
    if (!cell?.geometry || cell.geometry.relative) return { x: 0, y: 0 };
    const above = origin(cell.parent);
    return { x: above.x + cell.geometry.x, y: above.y + cell.geometry.y };
  };
  const cells = new Map<string, DrawioCell>();
  for (const cell of Object.values(model.cells as Record<string, MxCell>)) {
    const geometry = cell.geometry;
    cells.set(cell.id, {
      id: cell.id,
      parent: cell.parent?.id,
      vertex: Boolean(cell.isVertex()),
      edge: Boolean(cell.isEdge()),
      swimlane: Boolean(graph.isSwimlane(cell)),
      text: shownText(labelOf(cell.value)),
      link: cell.value instanceof Element ? (cell.value.getAttribute('link') ?? undefined) : undefined,
      style: graph.getCellStyle(cell) as Record<string, unknown>,
      source: cell.source?.id,
      target: cell.target?.id,
      bounds: geometry && !geometry.relative ? { ...origin(cell), width: geometry.width, height: geometry.height } : undefined,
      points: (geometry?.points ?? []).map((point) => ({ x: point.x, y: point.y })),
    });
  }
  return { pageName: page.getAttribute('name'), cells };
}
