// ELK's bundled build, on the calling thread: for Vitest and the benchmarks in Node. It cannot be
// interrupted, so dispose only forgets it.

import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutEngine } from './layoutEngine';

export function createElkNodeEngine(): LayoutEngine {
  let elk = new ELK();
  return {
    layout: (graph) => elk.layout(graph),
    dispose: () => {
      elk = new ELK();
    },
  };
}
