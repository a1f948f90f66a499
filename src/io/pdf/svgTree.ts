// Reads back the SVG our own renderer writes (src/io/svg), so that the PDF draws exactly what the
// SVG export draws. Only that writer's output is read: well-formed, attributes in double quotes,
// entities from escapeXml.ts. It is not a general XML or SVG parser, and needs no DOM (a worker has none).

export interface SvgNode {
  tag: string;
  attributes: ReadonlyMap<string, string>;
  children: SvgNode[];
  /** Character data directly inside the element (a `<tspan>`'s or `<title>`'s text). */
  text: string;
}

const TOKEN = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(value: string): string {
  return value.replace(ENTITY, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
    return NAMED[(name ?? '').toLowerCase()] ?? whole;
  });
}

/** The root `<svg>` element; throws on text that our writer could not have written (a bug, not user input). */
export function parseSvgTree(svg: string): SvgNode {
  const root: SvgNode = { tag: '#root', attributes: new Map(), children: [], text: '' };
  const open: SvgNode[] = [root];
  for (const match of svg.matchAll(TOKEN)) {
    const [, closing, tag, attributeText, selfClosing, text] = match;
    const parent = open[open.length - 1]!;
    if (text !== undefined) {
      parent.text += unescapeXml(text);
    } else if (tag === undefined) {
      continue;
    } else if (closing === '/') {
      if (parent.tag !== tag) throw new Error(`Unexpected </${tag}> in our own SVG`);
      open.pop();
    } else {
      const attributes = new Map<string, string>();
      for (const [, name, value] of (attributeText ?? '').matchAll(ATTRIBUTE)) attributes.set(name!, unescapeXml(value!));
      const node: SvgNode = { tag, attributes, children: [], text: '' };
      parent.children.push(node);
      if (selfClosing !== '/') open.push(node);
    }
  }
  const svgRoot = root.children.find((child) => child.tag === 'svg');
  if (open.length !== 1 || svgRoot === undefined) throw new Error('Our own SVG did not parse');
  return svgRoot;
}
