// Every user string that reaches an SVG file passes through here: labels and titles are user data,
// and a file that does not parse is blank in every viewer.

/** The Char production of XML 1.0; lone surrogates fall outside it as code points of their own. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

export function stripInvalidXmlChars(value: string): string {
  let out = '';
  for (const ch of value) if (isXmlChar(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

const TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Attribute values normalise raw line breaks and tabs to spaces; references keep them.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Safe as element content and as a double- or single-quoted attribute value. */
export function escapeXml(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"'\n\r\t]/g, (ch) => TEXT_ENTITIES[ch] ?? '');
}
