import { describe, expect, it } from 'vitest';
import { cellLabel, htmlToPlainText } from './plainLabel';

describe('htmlToPlainText', () => {
  it.each([
    ['Line<br>two<br/>three', 'Line\ntwo\nthree'],
    ['first<div>second</div>', 'first\nsecond'],
    ['<div>a</div><div>b</div>', 'a\nb'],
    ['<p><b>Bold</b>&nbsp;and&nbsp;<i>it</i></p>', 'Bold and it'],
    ['<span style="font-size: 14px">报价</span>&amp;合同', '报价&合同'],
    ['a&lt;b&gt;c', 'a<b>c'],
    ['&#x1F600; &#128512;', '😀 😀'],
    ['<style>b{color:red}</style>kept<script type="x">gone()</script>', 'kept'],
    ['<a href="javascript:alert(1)" onclick="x()">name</a>', 'name'],
    ['  spaced\n   out  ', 'spaced out'],
  ])('%s', (html, text) => {
    expect(htmlToPlainText(html)).toBe(text);
  });

  it('keeps a plain (non-HTML) label as written, markup characters included', () => {
    expect(cellLabel('a <b> c\r\nd', false)).toBe('a <b> c\nd');
  });
});
