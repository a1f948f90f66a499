// An engine made slow on purpose, for the end-to-end tests of the progress indicator, Cancel and
// the time limit (STACK-NOTES.md: make slow paths slow through a test-only setting, never by
// hoping the machine is slow). Disposing it cuts the wait short like a terminated worker.

import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { LayoutEngine } from './layoutEngine';

export function delayedEngine(inner: LayoutEngine, delayMs: number): LayoutEngine {
  const waiting = new Set<{ timer: ReturnType<typeof setTimeout>; reject: (error: Error) => void }>();
  return {
    // Only the layout is slow: loading the engine stays outside the time limit, as in the app.
    ready: () => inner.ready?.() ?? Promise.resolve(),
    layout(graph) {
      return new Promise<void>((resolve, reject) => {
        const entry = {
          timer: setTimeout(() => {
            waiting.delete(entry);
            resolve();
          }, delayMs),
          reject,
        };
        waiting.add(entry);
      }).then((): Promise<ElkNode> => inner.layout(graph));
    },
    dispose() {
      for (const entry of waiting) {
        clearTimeout(entry.timer);
        entry.reject(new Error('disposed'));
      }
      waiting.clear();
      inner.dispose();
    },
  };
}
