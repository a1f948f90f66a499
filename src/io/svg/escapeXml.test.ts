import { describe, expect, it } from 'vitest';
import { escapeXml, stripInvalidXmlChars } from './escapeXml';
import { safeColor } from './safeColor';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });

  it('never lets a CDATA end through', () => {
    expect(escapeXml(']]>')).toBe(']]&gt;');
  });

  it('keeps line breaks and tabs as character references', () => {
    expect(escapeXml('a\nb\tc\rd')).toBe('a&#10;b&#9;c&#13;d');
  });

  it('drops characters XML forbids, and keeps the rest of Unicode', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uFFFF')).toBe('abcde');
    expect(escapeXml('销售 😀 é')).toBe('销售 😀 é');
  });

  it('drops lone surrogates but keeps pairs', () => {
    expect(stripInvalidXmlChars('x\uD800y\uDC00z')).toBe('xyz');
    expect(stripInvalidXmlChars('\uD83D\uDE00')).toBe('😀');
  });
});

describe('safeColor', () => {
  it('lets plain colour syntax through', () => {
    for (const colour of ['#fff', '#a1b2c3', '#a1b2c3d4', 'rebeccapurple', 'rgb(10, 20, 30)', 'hsl(120 50% 50% / 0.5)']) {
      expect(safeColor(colour, '#000')).toBe(colour);
    }
  });

  it('falls back on anything that could reference or inject', () => {
    for (const colour of ['url(http://evil.example/x.svg#a)', 'url(#x)', 'red" onload="alert(1)', '#12', 'var(--x)', '']) {
      expect(safeColor(colour, '#000')).toBe('#000');
    }
    expect(safeColor(undefined, '#000')).toBe('#000');
  });
});
