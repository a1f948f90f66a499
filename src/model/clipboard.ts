import { z } from './zodConfig';
import { CURRENT_SCHEMA_VERSION, edgeSchema, MAX_EDGES, MAX_LABEL_LENGTH, MAX_NODES, nodeSchema } from './schema';
import type { Fragment } from './graph';
import { defaultSize } from './kinds';
import type { Point } from './types';

// What we put on the system clipboard: our own JSON, so that a copy in one document (or one tab)
// pastes into another with its edges, and anything else pasted is plain text.
export const CLIPBOARD_FORMAT = 'salesflow-clipboard';
export const MAX_PASTED_LINES = 100;

// The nodes and edges on the clipboard are records of the current schema, checked by its own
// record schemas: the clipboard's version is the schema's, so a schema bump can't forget it. A copy
// from a tab running another version is refused as invalid rather than half-read.
export const CLIPBOARD_VERSION = CURRENT_SCHEMA_VERSION;

const clipboardSchema = z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(CLIPBOARD_VERSION),
  nodes: z.array(nodeSchema).max(MAX_NODES),
  edges: z.array(edgeSchema).max(MAX_EDGES),
});

export type ClipboardContent =
  | { kind: 'fragment'; fragment: Fragment }
  | { kind: 'invalid' }
  | { kind: 'lines'; lines: string[]; dropped: number };

export function serializeClipboard(fragment: Fragment): string {
  return JSON.stringify({ format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, nodes: fragment.nodes, edges: fragment.edges });
}

// Stands for text that claims our format but is not even JSON (cut short on its way through the
// clipboard): pasting it as text would turn a page of JSON into one odd stage.
const BROKEN = Symbol('broken clipboard JSON');

function looksLikeOurs(text: string): unknown {
  if (!text.trimStart().startsWith('{') || !text.includes(`"${CLIPBOARD_FORMAT}"`)) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && (value as { format?: unknown }).format === CLIPBOARD_FORMAT) {
      return value;
    }
  } catch {
    return BROKEN;
  }
  return undefined;
}

export function parseClipboard(text: string): ClipboardContent {
  const ours = looksLikeOurs(text);
  if (ours === BROKEN) return { kind: 'invalid' };
  if (ours !== undefined) {
    const parsed = clipboardSchema.safeParse(ours);
    return parsed.success ? { kind: 'fragment', fragment: { nodes: parsed.data.nodes, edges: parsed.data.edges } } : { kind: 'invalid' };
  }
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().slice(0, MAX_LABEL_LENGTH))
    .filter((line) => line.length > 0);
  return { kind: 'lines', lines: lines.slice(0, MAX_PASTED_LINES), dropped: Math.max(0, lines.length - MAX_PASTED_LINES) };
}

/** One stage per line, stacked in a column whose top-left corner is `origin`. */
export function linesToFragment(lines: readonly string[], origin: Point, gap: number, newId: () => string): Fragment {
  const size = defaultSize('stage');
  const nodes = lines.map((label, index) => ({
    id: newId(),
    kind: 'stage' as const,
    label,
    position: { x: origin.x, y: origin.y + index * (size.height + gap) },
    size: { ...size },
  }));
  return { nodes, edges: [] };
}
