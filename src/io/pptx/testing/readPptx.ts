// Opens a .pptx as a reader would, for tests: fflate's unzip, then every XML part through the DOM's
// XML parser (jsdom's, not ours), failing on the first part that is not well-formed.

import { strFromU8, unzipSync } from 'fflate';

export interface PptxPackage {
  names: string[];
  part(name: string): Document;
}

export function readPptx(bytes: Uint8Array): PptxPackage {
  const files = unzipSync(bytes);
  const parsed = new Map<string, Document>();
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = new DOMParser().parseFromString(strFromU8(data), 'application/xml');
    const error = xml.getElementsByTagName('parsererror')[0];
    if (error !== undefined) throw new Error(`${name} is not well-formed: ${error.textContent ?? ''}`);
    parsed.set(name, xml);
  }
  return {
    names: Object.keys(files),
    part(name) {
      const xml = parsed.get(name);
      if (xml === undefined) throw new Error(`no part ${name}`);
      return xml;
    },
  };
}

/** Elements by qualified name (`p:sp`), as written in the part. */
export function all(root: Document | Element, qualifiedName: string): Element[] {
  return Array.from(root.getElementsByTagName(qualifiedName));
}

/** The text of a shape or notes body, paragraphs joined by line breaks. */
export function textOf(root: Element): string {
  return all(root, 'a:p')
    .map((p) => all(p, 'a:t').map((t) => t.textContent ?? '').join(''))
    .join('\n');
}
