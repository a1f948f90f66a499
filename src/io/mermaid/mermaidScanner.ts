// The low level of reading Mermaid flowchart text: a cursor over the text that reads the pieces of
// a statement (ids, shapes, links, labels) and nothing more. Every read is a sticky regular
// expression or a bounded scan from the cursor, so reading is linear in the text's length.

import { BRACKETS, type MermaidShape } from './mermaidShapes';

export interface NodeShape {
  /** A classic bracket shape, or a named one from `@{ shape: … }`. */
  shape: { classic: MermaidShape } | { named: string } | undefined;
  /** The raw label text, still quoted and encoded; undefined when the node had none. */
  label: string | undefined;
}

export interface Link {
  stroke: 'normal' | 'thick' | 'dotted' | 'invisible';
  label: string | undefined;
}

const ID = /[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/uy;
const SPACE = /[ \t]*/y;
const CLASS_SUFFIX = /:::([\p{L}\p{N}_-]+)/uy;
const EDGE_ID = /[\p{L}\p{N}_]+@(?=[-=~<ox.])/uy;
// A whole link: optional head, the line, optional head (`-->`, `---`, `-.->`, `==>`, `~~~`, `o--o`…).
const LINK = /(<|o|x)?(-{2,}|={2,}|-\.+-|~{3,})(>|o|x)?/y;
// The start of a link with its text in the middle (`-- text -->`, `== text ==>`, `-. text .->`).
const LINK_TEXT_START = /<?(--|==|-\.)(?=[ \t])/y;
const LINK_TEXT_END: Readonly<Record<string, RegExp>> = {
  '--': /[ \t](-{2,}[>ox]|-{3,})/g,
  '==': /[ \t](={2,}[>ox]|={3,})/g,
  '-.': /[ \t](\.+-[>ox]?)/g,
};

export class MermaidScanner {
  pos = 0;

  constructor(readonly text: string) {}

  private sticky(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.text);
    if (match) this.pos = pattern.lastIndex;
    return match;
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(length = 1): string {
    return this.text.slice(this.pos, this.pos + length);
  }

  skipSpaces(): void {
    this.sticky(SPACE);
  }

  private counted = { position: 0, line: 1 };

  /**
   * The line number (1-based) of a position. Reading moves forward, so lines are counted on from
   * the last position asked about: linear over the whole text, not per call.
   */
  lineAt(position: number): number {
    let { position: from, line } = this.counted;
    if (position < from) [from, line] = [0, 1];
    for (let index = this.text.indexOf('\n', from); index !== -1 && index < position; index = this.text.indexOf('\n', index + 1)) line += 1;
    this.counted = { position, line };
    return line;
  }

  /** The end of the current line (or statement, at a `;`), outside quotes. */
  endOfStatement(): number {
    let quoted = false;
    for (let index = this.pos; index < this.text.length; index += 1) {
      const char = this.text[index];
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === '\n' || char === ';')) return index;
      else if (char === '\n') return index;
    }
    return this.text.length;
  }

  restOfStatement(): string {
    const end = this.endOfStatement();
    const rest = this.text.slice(this.pos, end);
    this.pos = end;
    return rest.trim();
  }

  readId(): string | undefined {
    return this.sticky(ID)?.[0];
  }

  readClassSuffix(): string | undefined {
    return this.sticky(CLASS_SUFFIX)?.[1];
  }

  /** A shape after an id, or undefined when none follows; null when one starts but never closes. */
  readShape(): NodeShape | null {
    if (this.peek(2) === '@{') return this.readShapeData();
    for (const bracket of BRACKETS) {
      if (!this.text.startsWith(bracket.open, this.pos)) continue;
      const start = this.pos + bracket.open.length;
      const end = this.closing(start, bracket.close);
      if (end === -1) continue;
      this.pos = end + bracket.close.length;
      return { shape: { classic: bracket.shape }, label: this.text.slice(start, end) };
    }
    return this.text[this.pos] && '[({>'.includes(this.text[this.pos]!) ? null : { shape: undefined, label: undefined };
  }

  /**
   * Where `close` first appears from `start`, outside a quoted label, within the line and before
   * the first bracket that could end it (so `[/a\]` is a trapezoid, not the start of `[/a\] --> b[/c/]`).
   */
  private closing(start: number, close: string): number {
    const last = close[close.length - 1]!;
    let index = start;
    if (this.text[index] === '"') {
      const quote = this.text.indexOf('"', index + 1);
      if (quote === -1) return -1;
      index = quote + 1;
      return this.text.startsWith(close, index) ? index : -1;
    }
    for (; index < this.text.length && this.text[index] !== '\n'; index += 1) {
      if (this.text.startsWith(close, index)) return index;
      if (this.text[index] === last && !close.startsWith(last)) return -1;
    }
    return -1;
  }

  private readShapeData(): NodeShape | null {
    let index = this.pos + 2;
    let quoted = false;
    for (; index < this.text.length; index += 1) {
      const char = this.text[index];
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === '}') break;
    }
    if (index >= this.text.length) return null;
    const body = this.text.slice(this.pos + 2, index);
    this.pos = index + 1;
    const fields = new Map<string, string>();
    for (const match of body.matchAll(/([A-Za-z]+)\s*:\s*("[^"]*"|[^,]*)/g)) fields.set(match[1]!.toLowerCase(), match[2]!.trim());
    const shape = fields.get('shape');
    return { shape: shape === undefined ? undefined : { named: shape.replace(/^"|"$/g, '') }, label: fields.get('label') };
  }

  /** A link between nodes with its label, if one starts here; null when a label starts but never ends. */
  readLink(): Link | undefined | null {
    const start = this.pos;
    this.sticky(EDGE_ID);
    const textStart = this.sticky(LINK_TEXT_START);
    if (textStart) {
      const endPattern = LINK_TEXT_END[textStart[1]!]!;
      const limit = this.endOfStatement();
      endPattern.lastIndex = this.pos;
      const end = endPattern.exec(this.text);
      if (!end || end.index >= limit) return null;
      const label = this.text.slice(this.pos, end.index).trim();
      this.pos = endPattern.lastIndex;
      return { stroke: strokeOf(textStart[1]!), label };
    }
    const link = this.sticky(LINK);
    if (!link) {
      this.pos = start;
      return undefined;
    }
    const stroke = strokeOf(link[2]!);
    this.skipSpaces();
    if (this.peek() !== '|') return { stroke, label: undefined };
    const close = this.closingPipe(this.pos + 1);
    if (close === -1) return null;
    const label = this.text.slice(this.pos + 1, close);
    this.pos = close + 1;
    return { stroke, label };
  }

  private closingPipe(start: number): number {
    let quoted = false;
    for (let index = start; index < this.text.length && this.text[index] !== '\n'; index += 1) {
      const char = this.text[index];
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === '|') return index;
    }
    return -1;
  }
}

function strokeOf(line: string): Link['stroke'] {
  if (line.startsWith('~')) return 'invisible';
  if (line.startsWith('=')) return 'thick';
  if (line.includes('.')) return 'dotted';
  return 'normal';
}
