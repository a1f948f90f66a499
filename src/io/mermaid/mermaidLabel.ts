// Labels in Mermaid text. Every label is written in double quotes, and every character that Mermaid
// would read as syntax, as an entity or as HTML is written as one of Mermaid's entity codes
// (`#quot;`, `#35;`…), which its renderer turns back into the character. Line breaks become
// `<br>`, the one tag we write. Reading does the reverse, plus what people write by hand: HTML
// entities, other tags (dropped, their text kept) and markdown strings in backticks.

const WRITTEN: ReadonlyMap<string, string> = new Map([
  ['"', '#quot;'],
  ['#', '#35;'],
  ['&', '#amp;'],
  ['<', '#lt;'],
  ['>', '#gt;'],
  ['`', '#96;'],
  ['\\', '#92;'],
]);

// C0 control characters have no place in a text file's label (Mermaid's renderer turns some into
// replacement characters); tabs and line breaks stay.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g; // eslint-disable-line no-control-regex

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['quot', '"'],
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/** A label as a quoted Mermaid string, control characters left out; an empty label becomes one space, which Mermaid requires. */
export function quoteMermaidLabel(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').replace(CONTROL, '')) {
    out += char === '\n' ? '<br>' : (WRITTEN.get(char) ?? char);
  }
  // Before it parses, Mermaid drops the last `;` of any line where `style` or `classDef` is
  // followed by a `:` that runs, without a space, into a `#`: an entity code after a colon then
  // loses its `;` (":::#quot;style" read back as ":::#quotstyle"). Such a colon is written as a code too.
  // `%%{` anywhere, even inside quotes, opens a directive that Mermaid strips up to `}%%` or the end
  // of the text, taking the rest of the chart with it; a lone `%` ("45%") stays as people write it.
  out = out.replace(/%%/g, '%#37;');
  out = out.replace(/:(?=\S*#)/g, '#58;');
  return `"${out === '' ? ' ' : out}"`;
}

function entity(name: string): string | undefined {
  if (/^\d{1,7}$/.test(name)) return codePoint(Number(name));
  if (/^x[0-9a-f]{1,6}$/i.test(name)) return codePoint(Number.parseInt(name.slice(1), 16));
  return NAMED_ENTITIES.get(name.toLowerCase());
}

function codePoint(value: number): string | undefined {
  return value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff) ? String.fromCodePoint(value) : undefined;
}

/**
 * The text of a label as Mermaid shows it: quotes and markdown backticks removed, `<br>` as a line
 * break, other tags dropped, Mermaid's `#name;` and HTML's `&name;` entities decoded. Whitespace
 * alone reads as an empty label.
 */
export function readMermaidLabel(raw: string): string {
  let text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1);
  if (text.length >= 2 && text.startsWith('`') && text.endsWith('`')) text = text.slice(1, -1);
  // One pass over tags and entities, so that a decoded `<` can never start a tag.
  const decoded = text.replace(/<br\s*\/?>|<\/?[a-z][^<>]*>|[#&]([a-z0-9]{1,8});/gi, (whole, name: string | undefined) => {
    if (name === undefined) return /^<br/i.test(whole) ? '\n' : '';
    return entity(name) ?? whole;
  });
  return decoded.trim() === '' ? '' : decoded;
}
