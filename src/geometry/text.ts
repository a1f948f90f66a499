// Text measured without a DOM. The SVG renderer runs in workers and in Node, where no font can be
// asked, and the canvas must break lines exactly where the export does, so both wrap against this
// estimate. It leans wide so that real text rarely overflows the box drawn for it;
// e2e/label-fit.spec.ts checks that in Chromium for every template label in both languages.

export interface WrapOptions {
  maxWidth: number;
  maxLines: number;
  fontSize: number;
  /** Semibold text, as lane headers are: its characters are wider. */
  bold?: boolean;
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

/** Advance widths in em, at regular and at semibold weight. */
interface WidthClass {
  regular: number;
  bold: number;
}

// Measured in Chromium on the development machine (Debian 12) with canvas `measureText` at 100px
// for every printable ASCII character. Our font stack (FONT_STACK in src/io/svg/svgTheme.ts,
// `--sf-font` in src/app/styles.css) resolves there to DejaVu Sans for Latin (fontconfig matches
// `system-ui` and `sans-serif` to it) and to Noto Sans CJK SC for Chinese. DejaVu Sans is the
// widest of the common sans fonts (Liberation Sans, Arial's metric twin, measured about 12%
// narrower; Segoe UI, Roboto and San Francisco are close to Arial), so each class takes DejaVu's
// widest member, rounded up: lower case up to 0.635 em (b d g h n p q u; semibold 0.716), digits
// 0.636 (0.696), capitals up to 0.787 (O, Q; semibold 0.850), r 0.411 (0.493), W 0.989 (1.103),
// the space 0.318 (0.348). CJK ideographs, kana, Hangul and full-width forms are 1 em in Noto.
const NARROW: WidthClass = { regular: 0.42, bold: 0.5 };
const AVERAGE: WidthClass = { regular: 0.64, bold: 0.72 };
const CAPITAL: WidthClass = { regular: 0.79, bold: 0.85 };
const BROAD: WidthClass = { regular: 1, bold: 1.11 };
const SPACE: WidthClass = { regular: 0.32, bold: 0.35 };
// Not measured (Greek, Cyrillic, symbols): as wide as a capital and then some.
const OTHER: WidthClass = { regular: 0.8, bold: 0.88 };

const CLASS_OF = new Map<string, WidthClass>([
  ...Array.from("ijlrtfIJ',.:;|!/\\()[]-", (ch) => [ch, NARROW] as const),
  ...Array.from('abcdeghknopqsuvxyz0123456789"*_?`${}€¥', (ch) => [ch, AVERAGE] as const),
  ...Array.from('ABCDEFGHIKLNOPQRSTUVXYZ', (ch) => [ch, CAPITAL] as const),
  ...Array.from('mwMW@%&#+<=>^~…—→', (ch) => [ch, BROAD] as const),
]);

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

function widthClass(ch: string): WidthClass {
  if (isSpace(ch)) return SPACE;
  // An accented Latin letter is as wide as its base letter: é as e, Ü as U.
  return CLASS_OF.get(ch) ?? CLASS_OF.get(ch.normalize('NFD').charAt(0)) ?? OTHER;
}

function charWidth(ch: string, fontSize: number, bold = false): number {
  if (ch === '\u3000' || isWide(ch.codePointAt(0) ?? 0)) return fontSize;
  const width = widthClass(ch);
  return (bold ? width.bold : width.regular) * fontSize;
}

/** The estimated advance of a single line, in the units of `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch, fontSize, bold);
  return width;
}

interface Font {
  fontSize: number;
  bold: boolean;
}

type Token = { kind: 'space' } | { kind: 'text'; text: string };
/** Tokens with their widths, measured once: balancing wraps the same text up to ten times. */
type MeasuredToken = { kind: 'space' } | { kind: 'text'; text: string; width: number };

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
function hardBreak(text: string, maxWidth: number, font: Font): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch, font.fontSize, font.bold);
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

function measure(text: string, font: Font): MeasuredToken[][] {
  return text
    .split(/\r\n|\r|\n/)
    .map((paragraph) =>
      tokenize(paragraph).map((token) => (token.kind === 'space' ? token : { ...token, width: textWidth(token.text, font.fontSize, font.bold) })),
    );
}

function wrapParagraph(tokens: readonly MeasuredToken[], maxWidth: number, font: Font): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  let pendingSpace = false;
  const spaceWidth = charWidth(' ', font.fontSize, font.bold);
  const startLine = (text: string, width: number): void => {
    if (width <= maxWidth) {
      line = text;
      lineWidth = width;
      return;
    }
    const pieces = hardBreak(text, maxWidth, font);
    const last = pieces.pop() ?? '';
    lines.push(...pieces);
    line = last;
    lineWidth = textWidth(last, font.fontSize, font.bold);
  };
  for (const token of tokens) {
    if (token.kind === 'space') {
      pendingSpace = line !== '';
      continue;
    }
    const { width } = token;
    const gap = pendingSpace ? spaceWidth : 0;
    pendingSpace = false;
    if (line === '') {
      startLine(token.text, width);
    } else if (lineWidth + gap + width <= maxWidth) {
      line += (gap > 0 ? ' ' : '') + token.text;
      lineWidth += gap + width;
    } else {
      lines.push(line);
      startLine(token.text, width);
    }
  }
  lines.push(line);
  return lines;
}

function withEllipsis(line: string, maxWidth: number, font: Font): string {
  const chars = Array.from(line);
  const budget = maxWidth - charWidth(ELLIPSIS, font.fontSize, font.bold);
  let width = textWidth(line, font.fontSize, font.bold);
  while (chars.length > 0 && (width > budget || isSpace(chars[chars.length - 1] ?? ''))) {
    width -= charWidth(chars.pop() ?? '', font.fontSize, font.bold);
  }
  return chars.join('') + ELLIPSIS;
}

function wrapAll(paragraphs: readonly MeasuredToken[][], maxWidth: number, font: Font): string[] {
  const lines = paragraphs.flatMap((tokens) => wrapParagraph(tokens, maxWidth, font));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines;
}

const BALANCE_STEPS = 8;

function widestToken(paragraphs: readonly MeasuredToken[][]): number {
  let widest = 0;
  for (const tokens of paragraphs) for (const token of tokens) if (token.kind === 'text') widest = Math.max(widest, token.width);
  return widest;
}

export function wrapText(text: string, options: WrapOptions): WrappedText {
  const font: Font = { fontSize: options.fontSize, bold: options.bold ?? false };
  const maxWidth = Math.max(options.maxWidth, font.fontSize);
  const maxLines = Math.max(1, Math.floor(options.maxLines));
  const paragraphs = measure(text, font);
  let lines = wrapAll(paragraphs, maxWidth, font);
  if (lines.length <= maxLines) {
    if (options.balance === true && lines.length > 1) {
      // The line count only grows as the width shrinks, so bisect for the narrowest width that
      // keeps it, but never below the widest word: balancing must not break words apart.
      let low = widestToken(paragraphs) - 0.001;
      let high = maxWidth;
      for (let step = 0; step < BALANCE_STEPS && high - low > 0.5; step++) {
        const width = (low + high) / 2;
        if (wrapAll(paragraphs, width, font).length <= lines.length) high = width;
        else low = width;
      }
      lines = wrapAll(paragraphs, high, font);
    }
    return { lines, truncated: false };
  }
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxWidth, font);
  return { lines: kept, truncated: true };
}

/** Where a wrapped line comes from in the text: `text.slice(start, end)`. */
export interface LineSource {
  start: number;
  end: number;
}

const LINE_BREAK = /\r\n|\r|\n/y;
const GAP = /[ \t\u3000]+/y;

function skip(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : at;
}

/**
 * The stretch of `text` each line of `wrapText(text)` shows, so that a screen can draw the lines
 * while its text stays the user's own, character for character (runs of spaces that a line shows
 * as one, the spaces and line breaks where it was broken, and what an ellipsis cut off lie between
 * or after the stretches). The ellipsis itself is not part of the last line's stretch.
 */
export function lineSources(text: string, wrapped: WrappedText): LineSource[] {
  const sources: LineSource[] = [];
  let at = 0;
  wrapped.lines.forEach((line, index) => {
    if (index === 0) {
      at = skip(/[ \t\u3000\r\n]*/y, text, at);
    } else {
      at = skip(GAP, text, at);
      const broken = skip(LINE_BREAK, text, at);
      at = broken === at ? at : skip(GAP, text, broken);
    }
    const start = at;
    const shown = wrapped.truncated && index === wrapped.lines.length - 1 ? line.slice(0, -ELLIPSIS.length) : line;
    for (const ch of shown) {
      if (ch === ' ' && skip(GAP, text, at) > at) at = skip(GAP, text, at);
      else if (text.startsWith(ch, at)) at += ch.length;
      else break;
    }
    sources.push({ start, end: at });
  });
  return sources;
}
