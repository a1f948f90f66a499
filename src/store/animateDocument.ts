import type { Point, SalesDocument } from '../model/types';
import type { EditorStore } from './editorStore';

const DURATION_MS = 300;
// Beyond this many moving nodes, per-frame updates cost more than the motion helps the eye.
const MAX_ANIMATED_NODES = 200;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const ease = (t: number) => 1 - (1 - t) ** 3;

/**
 * Moves nodes from where they are to where `next` puts them over about 300 ms, then commits `next`
 * itself: the whole motion is one undo step. Under reduced motion, or for many nodes, it commits at once.
 */
export function applyAnimated(store: EditorStore, next: SalesDocument): Promise<void> {
  const state = store.getState();
  const from = new Map(state.document.nodes.map((node) => [node.id, node.position]));
  const moving = next.nodes.filter((node) => {
    const start = from.get(node.id);
    return start !== undefined && (start.x !== node.position.x || start.y !== node.position.y);
  });
  if (prefersReducedMotion() || moving.length === 0 || moving.length > MAX_ANIMATED_NODES || typeof requestAnimationFrame !== 'function') {
    state.apply(() => next);
    return Promise.resolve();
  }
  state.beginGesture();
  const started = performance.now();
  return new Promise((resolve) => {
    const frame = (now: number) => {
      const t = Math.min(1, (now - started) / DURATION_MS);
      if (t >= 1) {
        store.getState().applyDuringGesture(() => next);
        store.getState().endGesture();
        resolve();
        return;
      }
      const k = ease(t);
      const positions = new Map<string, Point>();
      for (const node of moving) {
        const start = from.get(node.id)!;
        positions.set(node.id, { x: start.x + (node.position.x - start.x) * k, y: start.y + (node.position.y - start.y) * k });
      }
      store.getState().applyDuringGesture((document) => ({
        ...document,
        nodes: document.nodes.map((node) => {
          const position = positions.get(node.id);
          return position ? { ...node, position } : node;
        }),
      }));
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
