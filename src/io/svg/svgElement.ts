// Every element the renderer writes goes through here, so every attribute value is escaped (or a
// formatted number) without each call site having to remember.

import { escapeXml } from './escapeXml';
import { num } from './format';

/** Attribute names are our own constants; values may be user data. Absent values are skipped. */
export type Attributes = Readonly<Record<string, string | number | null | undefined>>;

/** @param content already-escaped markup (child elements, or text passed through `escapeXml`). */
export function element(tag: string, attributes: Attributes, content?: string): string {
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return content === undefined ? `${out}/>` : `${out}>${content}</${tag}>`;
}
