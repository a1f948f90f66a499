// SVG 1.1 has no text wrapping, and the renderer cannot measure glyphs outside a browser, so lines
// are broken here against an estimated width: wide (CJK) characters about 1em, the rest about
// 0.55em. The estimate leans wide so that real fonts rarely overflow the box.

export interface WrapOptions {
  maxWidth: number;
  maxLines: number;
  fontSize: number;
  /**
   * Narrow the lines as far as the line count allows, so that a label wraps into lines of similar
   * length instead of a full line and an orphan (what CSS calls `text-wrap: balance`).
   */
  balance?: boolean;
}

export interface WrappedText {
  lines: string[];
  /** Some of the text did not fit and the last line ends with an ellipsis. */
  truncated: boolean;
}

const ELLIPSIS = '…';
const NARROW_EM = 0.55;
const SPACE_EM = 0.3;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo leading consonants
    (cp >= 0x2e80 && cp <= 0xa4cf) || // CJK radicals, punctuation, kana, Bopomofo, unified ideographs, Yi
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x1f000 // emoji and the supplementary ideograph planes
  );
}

// Closing punctuation never starts a line and opening punctuation never ends one (the usual
// Chinese and Japanese line-breaking rule), so each sticks to its neighbour.
const CLOSING = new Set(Array.from('，。、；：？！）」』】》〉〕”’・…,.;:?!)]}%'));
const OPENING = new Set(Array.from('（「『【《〈〔“‘([{'));

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u3000';
}

export function charWidth(ch: string, fontSize: number): number {
  if (isSpace(ch)) return ch === '\u3000' ? fontSize : SPACE_EM * fontSize;
  const cp = ch.codePointAt(0) ?? 0;
  return (isWide(cp) ? 1 : NARROW_EM) * fontSize;
}

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch, fontSize);
  return width;
}

type Token = { kind: 'space' } | { kind: 'text'; text: string };

/** Break opportunities: around spaces, after a hyphen or slash, and around every wide character. */
function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let wordEndsWide = false;
  let glueNext = false;
  const flush = (): void => {
    if (word !== '') tokens.push({ kind: 'text', text: word });
    word = '';
  };
  for (const ch of paragraph) {
    if (isSpace(ch) && ch !== '\u00a0') {
      flush();
      glueNext = false;
      if (tokens[tokens.length - 1]?.kind !== 'space') tokens.push({ kind: 'space' });
      continue;
    }
    if (CLOSING.has(ch)) {
      const last = tokens[tokens.length - 1];
      if (word === '' && last !== undefined && last.kind === 'text') last.text += ch;
      else word += ch;
      continue;
    }
    const wide = isWide(ch.codePointAt(0) ?? 0);
    if (glueNext) {
      word += ch;
      wordEndsWide = wide;
      glueNext = OPENING.has(ch);
    } else if (OPENING.has(ch)) {
      flush();
      word = ch;
      glueNext = true;
    } else {
      if (wide || wordEndsWide) flush();
      word += ch;
      wordEndsWide = wide;
      if (ch === '-' || ch === '/') flush();
    }
  }
  flush();
  return tokens;
}

/** Splits a token wider than a whole line at character boundaries. */
function hardBreak(text: string, maxWidth: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch, fontSize);
    if (piece !== '' && width + w > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += ch;
    width += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

function wrapParagraph(paragraph: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  let pendingSpace = false;
  const spaceWidth = SPACE_EM * fontSize;
  const startLine = (text: string): void => {
    const width = textWidth(text, fontSize);
    if (width <= maxWidth) {
      line = text;
      lineWidth = width;
      return;
    }
    const pieces = hardBreak(text, maxWidth, fontSize);
    const last = pieces.pop() ?? '';
    lines.push(...pieces);
    line = last;
    lineWidth = textWidth(last, fontSize);
  };
  for (const token of tokenize(paragraph)) {
    if (token.kind === 'space') {
      pendingSpace = line !== '';
      continue;
    }
    const width = textWidth(token.text, fontSize);
    const gap = pendingSpace ? spaceWidth : 0;
    pendingSpace = false;
    if (line === '') {
      startLine(token.text);
    } else if (lineWidth + gap + width <= maxWidth) {
      line += (gap > 0 ? ' ' : '') + token.text;
      lineWidth += gap + width;
    } else {
      lines.push(line);
      startLine(token.text);
    }
  }
  lines.push(line);
  return lines;
}

function withEllipsis(line: string, maxWidth: number, fontSize: number): string {
  const chars = Array.from(line);
  const budget = maxWidth - charWidth(ELLIPSIS, fontSize);
  let width = textWidth(line, fontSize);
  while (chars.length > 0 && (width > budget || isSpace(chars[chars.length - 1] ?? ''))) {
    width -= charWidth(chars.pop() ?? '', fontSize);
  }
  return chars.join('') + ELLIPSIS;
}

function wrapAll(text: string, maxWidth: number, fontSize: number): string[] {
  const lines = text.split(/\r\n|\r|\n/).flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, fontSize));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines;
}

const BALANCE_STEPS = 8;

function widestToken(text: string, fontSize: number): number {
  let widest = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    for (const token of tokenize(paragraph)) {
      if (token.kind === 'text') widest = Math.max(widest, textWidth(token.text, fontSize));
    }
  }
  return widest;
}

export function wrapText(text: string, options: WrapOptions): WrappedText {
  const { fontSize } = options;
  const maxWidth = Math.max(options.maxWidth, fontSize);
  const maxLines = Math.max(1, Math.floor(options.maxLines));
  let lines = wrapAll(text, maxWidth, fontSize);
  if (lines.length <= maxLines) {
    if (options.balance === true && lines.length > 1) {
      // The line count only grows as the width shrinks, so bisect for the narrowest width that
      // keeps it, but never below the widest word: balancing must not break words apart.
      let low = widestToken(text, fontSize) - 0.001;
      let high = maxWidth;
      for (let step = 0; step < BALANCE_STEPS && high - low > 0.5; step++) {
        const width = (low + high) / 2;
        if (wrapAll(text, width, fontSize).length <= lines.length) high = width;
        else low = width;
      }
      lines = wrapAll(text, high, fontSize);
    }
    return { lines, truncated: false };
  }
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxWidth, fontSize);
  return { lines: kept, truncated: true };
}
