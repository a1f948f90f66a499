// Long work on the page, cut into slices: the page gets a turn (a macrotask, so it paints and an
// abort's event runs) once a slice has run, not after every item. A turn after every item costs
// about 4 ms of timer clamping each once timers nest, which on a 200-part job was 1.2 s.

import { nextTurn } from './nextTurn';

/** Work between two turns: well under the 50 ms of a long task. */
const SLICE_MS = 12;

/**
 * Call the returned function between items: it gives the page a turn when the slice is spent and
 * says whether `signal` has aborted meanwhile.
 */
export function workSlices(signal: AbortSignal): () => Promise<boolean> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
    return signal.aborted;
  };
}
