// Caption text wrapped to a width in the embedded font's own metrics: Latin breaks at spaces,
// Chinese between any two characters (but not before closing punctuation), as a reader expects.

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const NO_BREAK_BEFORE = /^[，。、；：！？）》」』】,.;:!?)]/;

function pieces(paragraph: string): string[] {
  const out: string[] = [];
  for (const token of paragraph.split(/(\s+)/)) {
    if (token === '') continue;
    let latin = '';
    for (const ch of token) {
      if (CJK.test(ch)) {
        if (latin !== '') out.push(latin);
        latin = '';
        if (NO_BREAK_BEFORE.test(ch) && out.length > 0) out[out.length - 1] += ch;
        else out.push(ch);
      } else {
        latin += ch;
      }
    }
    if (latin !== '') out.push(latin);
  }
  return out;
}

/**
 * Lines no wider than `maxWidth` by `measure`; at most `maxLines`, the last one ending in an
 * ellipsis when text is left out. A word wider than the line is cut where it overflows.
 */
export function wrapLines(text: string, maxWidth: number, measure: (text: string) => number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const piece of pieces(paragraph)) {
      const candidate = line + piece;
      if (measure(candidate.trimEnd()) <= maxWidth || line.trim() === '') {
        line = candidate;
        while (measure(line.trimEnd()) > maxWidth && line.length > 1) {
          // A single word longer than the line: keep what fits, carry the rest.
          let cut = line.length - 1;
          while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      } else {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      }
    }
    lines.push(line.trimEnd());
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 0 && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
