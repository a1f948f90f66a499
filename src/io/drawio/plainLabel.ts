// draw.io's HTML labels as plain text: our labels are text, drawn as text, never as markup. Line
// breaks (`<br>`, the ends of blocks) stay line breaks; scripts, styles and every other tag go
// with whatever they carried (event handlers, `javascript:` links); entities are decoded once, so
// `&lt;script&gt;` ends up as the harmless text "<script>".

const DROPPED_WITH_CONTENT = /<(script|style|template|iframe|object|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const LINE_BREAK = /<br\s*\/?>/gi;
// Where a block starts or ends a line ends; a run of such boundaries is one break
// (`a<div>b</div>` and `<div>a</div><div>b</div>` are both two lines).
const BLOCK_EDGE = /<\/?(?:div|p|li|ul|ol|h[1-6]|tr|table|blockquote)\b[^>]*>/gi;
const MARK = '\uE000';
const TAG = /<\/?[a-zA-Z][^>]*>|<!--[\s\S]*?-->/g;

const NAMED = new Map([
  ['nbsp', ' '],
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
  ['ndash', '–'],
  ['mdash', '—'],
  ['hellip', '…'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['middot', '·'],
  ['times', '×'],
  ['euro', '€'],
  ['copy', '©'],
]);

function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED.get(body.toLowerCase()) ?? whole;
  });
}

export function htmlToPlainText(html: string): string {
  const text = html
    .replace(DROPPED_WITH_CONTENT, '')
    .replace(/\uE000/g, '')
    .replace(/\r\n?|\n/g, ' ')
    .replace(LINE_BREAK, '\n')
    .replace(BLOCK_EDGE, MARK)
    .replace(/\uE000+/g, '\n')
    .replace(TAG, '');
  return decodeHtmlEntities(text)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** A cell's value as shown: HTML labels reduced, plain ones kept as written (trimmed). */
export function cellLabel(value: string, html: boolean): string {
  return html ? htmlToPlainText(value) : value.replace(/\r\n?/g, '\n').trim();
}
