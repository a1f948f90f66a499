import { useCallback, type FocusEvent, type KeyboardEvent } from 'react';
import { connectedNodeToward, flowOrder, isArrowKey } from '../../model/flowOrder';
import type { SalesDocument } from '../../model/types';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { keyboardCurrent, setKeyboardCurrent } from '../../store/keyboardFocus';

/** The element that takes a node's keyboard focus (FlowNodeView gives it tabIndex -1). */
export const NODE_FOCUS_SELECTOR = '.sf-node';
// A node brought into view is rendered a frame or two later: wait that long, no longer.
const MAX_FRAMES = 10;

const EDGE_SELECTOR = '.react-flow__edge';

interface Item {
  kind: 'node' | 'edge';
  id: string;
}

function focusElementOf(item: Item): HTMLElement | SVGElement | null {
  const id = CSS.escape(item.id);
  if (item.kind === 'node') return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"] ${NODE_FOCUS_SELECTOR}`);
  return document.querySelector<SVGElement>(`${EDGE_SELECTOR}[data-id="${id}"]`);
}

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/**
 * Past either end of the order, focus leaves the canvas for the control before or after it. The
 * browser's own Tab would not: React Flow's edges are tab stops that sit before the nodes.
 */
function focusOutside(canvas: Element, forward: boolean): void {
  const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => !canvas.contains(element) && element.offsetParent !== null);
  const after = (element: Element) => (canvas.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const target = forward ? all.find(after) : all.filter((element) => !after(element)).pop();
  target?.focus();
}

/** Nodes in flow order, then the edges in the order of the nodes they leave. */
function tabOrder(document: SalesDocument): Item[] {
  const nodes = flowOrder(document);
  const rank = new Map(nodes.map((id, index) => [id, index]));
  const edges = [...document.edges].sort(
    (a, b) => (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0) || (rank.get(a.target) ?? 0) - (rank.get(b.target) ?? 0),
  );
  return [...nodes.map((id): Item => ({ kind: 'node', id })), ...edges.map((edge): Item => ({ kind: 'edge', id: edge.id }))];
}

function itemOf(target: EventTarget): Item | null {
  if (target instanceof HTMLElement && target.matches(NODE_FOCUS_SELECTOR)) {
    const id = target.closest('.react-flow__node')?.getAttribute('data-id');
    return id ? { kind: 'node', id } : null;
  }
  if (target instanceof SVGElement && target.matches(EDGE_SELECTOR)) {
    const id = target.getAttribute('data-id');
    return id ? { kind: 'edge', id } : null;
  }
  return null;
}

/**
 * Tab and Shift+Tab walk the nodes in flow order, the view following; the arrow keys go to the
 * connected node that way; Enter selects the node and edits its label. Past the last node, Tab
 * leaves the canvas as usual. Keys reach these handlers only from a node that holds the focus.
 */
export function useKeyboardNavigation() {
  const store = useEditorStoreApi();

  const focusItem = useCallback(
    (item: Item) => {
      const { document: current, viewport } = store.getState();
      if (item.kind === 'node') {
        setKeyboardCurrent(item.id);
        viewport?.reveal(item.id);
      } else {
        const edge = current.edges.find((candidate) => candidate.id === item.id);
        if (edge) viewport?.reveal(edge.target);
      }
      // A node off screen is drawn only once the view has moved to it, a frame or two later. Focus must
      // not scroll: the browser would scroll React Flow's clipped pane to show a node at its edge,
      // shifting the whole drawing away from where the view transform puts it.
      let frames = 0;
      const attempt = () => {
        const element = focusElementOf(item);
        element?.focus({ preventScroll: true });
        if (element && document.activeElement === element) return;
        if ((frames += 1) < MAX_FRAMES) requestAnimationFrame(attempt);
      };
      attempt();
    },
    [store],
  );
  const focusNode = useCallback((id: string) => focusItem({ kind: 'node', id }), [focusItem]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const item = itemOf(event.target);
      if (!item || event.ctrlKey || event.metaKey || event.altKey) return;
      const state = store.getState();
      if (event.key === 'Tab') {
        const order = tabOrder(state.document);
        const index = order.findIndex((candidate) => candidate.kind === item.kind && candidate.id === item.id);
        if (index < 0) return;
        event.preventDefault();
        const next = order[index + (event.shiftKey ? -1 : 1)];
        if (next !== undefined) focusItem(next);
        else focusOutside(event.currentTarget, !event.shiftKey);
        return;
      }
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        if (item.kind === 'edge') {
          state.setSelection({ nodeIds: [], edgeIds: [item.id] });
          state.setEditingEdge(item.id);
          return;
        }
        state.setSelection({ nodeIds: [item.id], edgeIds: [] });
        state.setEditingNode(item.id);
        return;
      }
      const nodeId = item.kind === 'node' ? item.id : null;
      if (nodeId !== null && isArrowKey(event.key) && !event.shiftKey && keyboardCurrent() === nodeId) {
        // A node focused by a click keeps the arrows for nudging the selection; one reached by keyboard walks the flow.
        event.preventDefault();
        const next = connectedNodeToward(state.document, nodeId, event.key);
        if (next !== undefined) focusNode(next);
      }
    },
    [focusItem, focusNode, store],
  );

  /** The canvas's one tab stop: entering it from outside goes on to the current node, or the first in flow order. */
  const onEntryFocus = useCallback(
    (event: FocusEvent) => {
      const canvas = event.currentTarget.parentElement;
      if (event.relatedTarget instanceof Node && canvas?.contains(event.relatedTarget)) return;
      const { document: current } = store.getState();
      const remembered = keyboardCurrent();
      const target = remembered !== null && current.nodes.some((node) => node.id === remembered) ? remembered : flowOrder(current)[0];
      if (target !== undefined) focusNode(target);
    },
    [focusNode, store],
  );

  // A press on the canvas hands it back to the mouse: the arrows nudge again until Tab is used.
  const onPointerDownCapture = useCallback(() => setKeyboardCurrent(null), []);

  return { onKeyDown, onEntryFocus, onPointerDownCapture };
}
