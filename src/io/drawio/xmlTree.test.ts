import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, findElement, parseXml } from './xmlTree';

describe('parseXml', () => {
  it('reads elements, both quote styles, self-closing tags, text, CDATA, and passes over comments and declarations', () => {
    const read = parseXml(`<?xml version="1.0"?><!-- note --><a x="1" y='two &amp; &#x4e2d;&#25991;'><b/>text<![CDATA[<raw>]]><c z="&lt;&gt;"></c></a>`);
    if (!read.ok) throw new Error(read.error.code);
    const a = read.value.children[0]!;
    expect(a.name).toBe('a');
    expect(Object.fromEntries(a.attributes)).toEqual({ x: '1', y: 'two & 中文' });
    expect(a.children.map((child) => child.name)).toEqual(['b', 'c']);
    expect(a.text).toBe('text<raw>');
    expect(findElement(read.value, 'c')!.attributes.get('z')).toBe('<>');
  });

  it('refuses mismatched and unclosed tags', () => {
    expect(parseXml('<a><b></a></b>').ok).toBe(false);
    expect(parseXml('<a>').ok).toBe(false);
    expect(parseXml('<a x="1></a>').ok).toBe(false);
    expect(parseXml('</a>').ok).toBe(false);
  });

  it('keeps an unknown entity as written and turns an impossible character reference into U+FFFD', () => {
    expect(decodeXmlEntities('&nbsp;&#xD800;&#0;')).toBe('&nbsp;\uFFFD\uFFFD');
  });
});
