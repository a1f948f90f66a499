// The cells of one draw.io page (`mxGraphModel` → `root`), as plain records: plain `mxCell`s and
// the `UserObject`/`object` wrappers draw.io writes when a cell has data of its own (the wrapper
// holds the id and the label, the inner `mxCell` the rest). Placeholders (`%name%`) in a wrapper's
// label are filled from its attributes, as draw.io shows them when `placeholders="1"`.

import type { Point } from '../../model/types';
import type { XmlElement } from './xmlTree';

export interface DrawioGeometry {
  x: number;
  y: number;
  width: number;
  height: number;
  points: Point[];
}

export interface DrawioCell {
  id: string;
  parent: string | undefined;
  value: string;
  style: string;
  vertex: boolean;
  edge: boolean;
  source: string | undefined;
  target: string | undefined;
  connectable: boolean;
  geometry: DrawioGeometry | undefined;
  /** The wrapper's `link` (a web address, or draw.io's own `data:page/id,…`), as written. */
  link: string | undefined;
}

function number(value: string | undefined): number {
  const parsed = value === undefined ? 0 : Number(value);
  return Number.isFinite(parsed) ? parsed : 0;
}

function readGeometry(cell: XmlElement): DrawioGeometry | undefined {
  const element = cell.children.find((child) => child.name === 'mxGeometry');
  if (!element) return undefined;
  const attribute = (name: string) => element.attributes.get(name);
  const array = element.children.find((child) => child.name === 'Array' && child.attributes.get('as') === 'points');
  const points = (array?.children ?? []).filter((child) => child.name === 'mxPoint').map((point) => ({ x: number(point.attributes.get('x')), y: number(point.attributes.get('y')) }));
  return { x: number(attribute('x')), y: number(attribute('y')), width: number(attribute('width')), height: number(attribute('height')), points };
}

const RESERVED = new Set(['id', 'label', 'placeholders', 'tooltip', 'link', 'placeholder']);

function fillPlaceholders(label: string, attributes: Map<string, string>): string {
  return label.replace(/%([A-Za-z_][\w.-]*|)%/g, (whole, name: string) => {
    if (name === '') return '%';
    if (RESERVED.has(name)) return whole;
    return attributes.get(name) ?? whole;
  });
}

function fromElement(cell: XmlElement, wrapper: XmlElement | undefined): DrawioCell {
  const attribute = (name: string) => cell.attributes.get(name);
  let value = attribute('value') ?? '';
  let id = attribute('id');
  if (wrapper) {
    id = wrapper.attributes.get('id');
    value = wrapper.attributes.get('label') ?? '';
    if (wrapper.attributes.get('placeholders') === '1') value = fillPlaceholders(value, wrapper.attributes);
  }
  return {
    id: id ?? '',
    parent: attribute('parent'),
    value,
    style: attribute('style') ?? '',
    vertex: attribute('vertex') === '1',
    edge: attribute('edge') === '1',
    source: attribute('source'),
    target: attribute('target'),
    connectable: attribute('connectable') !== '0',
    geometry: readGeometry(cell),
    link: wrapper?.attributes.get('link'),
  };
}

export function readCells(model: XmlElement): DrawioCell[] {
  const root = model.children.find((child) => child.name === 'root');
  if (!root) return [];
  return root.children.flatMap((child): DrawioCell[] => {
    if (child.name === 'mxCell') return [fromElement(child, undefined)];
    if (child.name === 'UserObject' || child.name === 'object') {
      const inner = child.children.find((grandchild) => grandchild.name === 'mxCell');
      return [fromElement(inner ?? { name: 'mxCell', attributes: new Map(), children: [], text: '' }, child)];
    }
    return [];
  });
}
