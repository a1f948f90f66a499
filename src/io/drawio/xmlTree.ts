// A small XML reader for draw.io files, because a worker has no DOMParser. It reads elements,
// attributes, text and CDATA, decodes the five predefined entities and character references, and
// refuses a document type declaration before reading anything: entity definitions are what
// billion-laughs and external-entity attacks need, and draw.io never writes one. Comments and
// processing instructions are passed over. Caps on elements and depth keep a hostile file from
// freezing the worker.

import { err, ok, type Result } from '../../lib/result';

export interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), CDATA included. */
  text: string;
}

export type XmlError = { code: 'doctype' } | { code: 'malformed'; offset: number } | { code: 'too-deep' } | { code: 'too-many-elements' };

export const MAX_XML_ELEMENTS = 500_000;
export const MAX_XML_DEPTH = 200;

const NAMED_ENTITIES = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** Character and predefined entity references; an unknown one is kept as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED_ENTITIES.get(body) ?? whole;
  });
}

const NAME = /[^\s/>=]+/y;
const ATTRIBUTE = /\s*([^\s/>=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

class Failure {
  constructor(readonly error: XmlError) {}
}

export function parseXml(text: string): Result<XmlElement, XmlError> {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) return err({ code: 'doctype' });
  const root: XmlElement = { name: '#document', attributes: new Map(), children: [], text: '' };
  const stack: XmlElement[] = [root];
  let count = 0;
  let pos = 0;
  const fail = (error: XmlError): never => {
    throw new Failure(error);
  };
  const skipPast = (marker: string) => {
    const end = text.indexOf(marker, pos);
    if (end === -1) fail({ code: 'malformed', offset: pos });
    pos = end + marker.length;
  };
  try {
    while (pos < text.length) {
      const open = text.indexOf('<', pos);
      const top = stack[stack.length - 1]!;
      if (open === -1) {
        top.text += decodeXmlEntities(text.slice(pos));
        break;
      }
      if (open > pos) top.text += decodeXmlEntities(text.slice(pos, open));
      pos = open;
      if (text.startsWith('<!--', pos)) skipPast('-->');
      else if (text.startsWith('<?', pos)) skipPast('?>');
      else if (text.startsWith('<![CDATA[', pos)) {
        const end = text.indexOf(']]>', pos);
        if (end === -1) fail({ code: 'malformed', offset: pos });
        top.text += text.slice(pos + 9, end);
        pos = end + 3;
      } else if (text.startsWith('<!', pos)) fail({ code: 'malformed', offset: pos });
      else if (text.startsWith('</', pos)) {
        NAME.lastIndex = pos + 2;
        const name = NAME.exec(text)?.[0];
        if (name === undefined || name !== top.name || stack.length === 1) fail({ code: 'malformed', offset: pos });
        pos = NAME.lastIndex;
        skipPast('>');
        stack.pop();
      } else {
        NAME.lastIndex = pos + 1;
        const name = NAME.exec(text)?.[0];
        if (name === undefined) fail({ code: 'malformed', offset: pos });
        pos = NAME.lastIndex;
        const element: XmlElement = { name: name!, attributes: new Map(), children: [], text: '' };
        for (;;) {
          ATTRIBUTE.lastIndex = pos;
          const attribute = ATTRIBUTE.exec(text);
          if (!attribute) break;
          element.attributes.set(attribute[1]!, decodeXmlEntities(attribute[2] ?? attribute[3] ?? ''));
          pos = ATTRIBUTE.lastIndex;
        }
        while (pos < text.length && /\s/.test(text[pos]!)) pos += 1;
        count += 1;
        if (count > MAX_XML_ELEMENTS) fail({ code: 'too-many-elements' });
        top.children.push(element);
        if (text.startsWith('/>', pos)) pos += 2;
        else if (text[pos] === '>') {
          pos += 1;
          stack.push(element);
          if (stack.length > MAX_XML_DEPTH) fail({ code: 'too-deep' });
        } else fail({ code: 'malformed', offset: pos });
      }
    }
  } catch (caught) {
    if (caught instanceof Failure) return err(caught.error);
    throw caught;
  }
  if (stack.length !== 1) return err({ code: 'malformed', offset: text.length });
  return ok(root);
}

/** The first descendant (depth first, the element itself included) with this name. */
export function findElement(element: XmlElement, name: string): XmlElement | undefined {
  const pending = [element];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.name === name) return next;
    for (let index = next.children.length - 1; index >= 0; index -= 1) pending.push(next.children[index]!);
  }
  return undefined;
}
