import { applyLayoutChanges, moveNodes, type OperationResult } from '../model/operations';
import { diffDocuments } from '../model/operations/diff';
import type { Point, SalesDocument } from '../model/types';
import type { EditorStore } from './editorStore';
import { prefersReducedMotion } from '../lib/motion';

const DURATION_MS = 300;
// Beyond this many moving nodes, per-frame updates cost more than the motion helps the eye.
const MAX_ANIMATED_NODES = 200;

const ease = (t: number) => 1 - (1 - t) ** 3;

/**
 * Takes a layout's result as one undo step: nodes glide from where they are to where `next` puts
 * them over about 300 ms, then the layout's changes land on the document as it is then, so an
 * edit made during the glide is kept (as a step of its own). Under reduced motion, or for many
 * nodes, it lands at once.
 */
export function applyLayout(store: EditorStore, next: SalesDocument): Promise<OperationResult> {
  const state = store.getState();
  const changes = diffDocuments(state.document, next);
  const from = new Map(state.document.nodes.map((node) => [node.id, node.position]));
  const moving = next.nodes.filter((node) => {
    const start = from.get(node.id);
    return start !== undefined && (start.x !== node.position.x || start.y !== node.position.y);
  });
  if (prefersReducedMotion() || moving.length === 0 || moving.length > MAX_ANIMATED_NODES || typeof requestAnimationFrame !== 'function') {
    return Promise.resolve(state.perform(applyLayoutChanges(changes)));
  }
  state.beginGesture();
  const started = performance.now();
  return new Promise((resolve) => {
    const frame = (now: number) => {
      const t = Math.min(1, (now - started) / DURATION_MS);
      const current = store.getState();
      if (t >= 1 || current.gestureStart === null) {
        const result = current.performDuringGesture(applyLayoutChanges(changes));
        current.endGesture();
        resolve(result);
        return;
      }
      const k = ease(t);
      const positions = new Map<string, Point>();
      for (const node of moving) {
        const start = from.get(node.id)!;
        positions.set(node.id, { x: start.x + (node.position.x - start.x) * k, y: start.y + (node.position.y - start.y) * k });
      }
      current.performDuringGesture(moveNodes(positions));
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
