import { linesToFragment, parseClipboard, serializeClipboard } from '../model/clipboard';
import { cloneSelection, type Fragment } from '../model/graph';
import { insertFragment, removeRecords } from '../model/operations';
import type { Point, SalesDocument } from '../model/types';
import type { EditorContext } from './context';

/** The selected nodes and the edges among them, as records (ids unchanged). */
export function selectedFragment(document: SalesDocument, nodeIds: readonly string[]): Fragment {
  const selected = new Set(nodeIds);
  const nodes = document.nodes.filter((node) => selected.has(node.id));
  const edges = document.edges.filter((edge) => selected.has(edge.source) && selected.has(edge.target));
  return { nodes, edges };
}

export function clipboardTextOfSelection(context: EditorContext): string | null {
  const { nodeIds } = context.selection();
  if (nodeIds.length === 0) return null;
  return serializeClipboard(selectedFragment(context.document(), nodeIds));
}

async function writeOrWarn(context: EditorContext, text: string): Promise<void> {
  try {
    await context.writeClipboard(text);
  } catch {
    context.notify({ key: 'notice.clipboardUnavailable', tone: 'error' });
  }
}

export async function copySelection(context: EditorContext): Promise<void> {
  const text = clipboardTextOfSelection(context);
  if (text !== null) await writeOrWarn(context, text);
}

// Deleting more than this many nodes at once is risky enough to keep a snapshot (documents issue).
const BULK_DELETE = 5;

export function deleteSelectionNodes(context: EditorContext): void {
  const { nodeIds } = context.selection();
  const edgeIds = context.selection().edgeIds;
  // The snapshot reads the document as it is now, before the delete below.
  if (nodeIds.length > BULK_DELETE) void context.snapshot('before-bulk-delete');
  if (context.perform(removeRecords(nodeIds, edgeIds)).ok) context.select({ nodeIds: [], edgeIds: [] });
}

export async function cutSelection(context: EditorContext): Promise<void> {
  const text = clipboardTextOfSelection(context);
  if (text === null) return;
  await writeOrWarn(context, text);
  deleteSelectionNodes(context);
}

// Pasting the same nodes again lands one step further along, like draw.io, so copies never stack
// exactly on top of each other.
function pasteOffset(document: SalesDocument, fragment: Fragment): Point {
  const step = document.settings.gridSize * 2;
  const first = fragment.nodes[0];
  if (!first) return { x: step, y: step };
  const occupied = new Set(document.nodes.map((node) => `${node.position.x},${node.position.y}`));
  let offset = step;
  while (occupied.has(`${first.position.x + offset},${first.position.y + offset}`) && offset < step * 50) offset += step;
  return { x: offset, y: offset };
}

/** Inserts copies of the fragment and selects them; false when it was refused. */
function insertAndSelect(context: EditorContext, fragment: Fragment, offset: Point): boolean {
  const sourceDocument = { ...context.document(), nodes: fragment.nodes, edges: fragment.edges };
  const copy = cloneSelection(sourceDocument, fragment.nodes.map((node) => node.id), () => context.newId('n'), offset);
  // Edges get their own prefix: cloneSelection draws every id from one factory.
  const edges = copy.edges.map((edge) => ({ ...edge, id: context.newId('e') }));
  // A paste past a cap is refused whole, with a message: a part of a paste is worse than none.
  if (!context.perform(insertFragment({ nodes: copy.nodes, edges })).ok) return false;
  context.select({ nodeIds: copy.nodes.map((node) => node.id), edgeIds: edges.map((edge) => edge.id) });
  return true;
}

export function pasteText(context: EditorContext, text: string): void {
  const content = parseClipboard(text);
  if (content.kind === 'invalid') {
    context.notify({ key: 'notice.pasteInvalid', tone: 'error' });
    return;
  }
  if (content.kind === 'fragment') {
    insertAndSelect(context, content.fragment, pasteOffset(context.document(), content.fragment));
    return;
  }
  if (content.lines.length === 0) return;
  const centre = context.viewport()?.viewCentre() ?? { x: 0, y: 0 };
  const grid = context.document().settings.gridSize;
  const fragment = linesToFragment(content.lines, centre, grid, () => context.newId('n'));
  if (!insertAndSelect(context, fragment, { x: 0, y: 0 })) return;
  if (content.dropped > 0) context.notify({ key: 'notice.pasteCapped', params: { count: content.dropped }, tone: 'info' });
}

/** Paste from a menu: the clipboard has to be read, and the browser may refuse (permission, no API). */
export async function pasteFromClipboard(context: EditorContext): Promise<void> {
  let text: string;
  try {
    text = await context.readClipboard();
  } catch {
    context.notify({ key: 'notice.clipboardUnavailable', tone: 'error' });
    return;
  }
  pasteText(context, text);
}

export function duplicateSelection(context: EditorContext): void {
  const fragment = selectedFragment(context.document(), context.selection().nodeIds);
  if (fragment.nodes.length === 0) return;
  insertAndSelect(context, fragment, pasteOffset(context.document(), fragment));
}
