// What runs ELK: a Web Worker in the browser (elkWorkerEngine.ts), ELK's bundled build in tests
// (elkNodeEngine.ts), or a fake.

import type { ElkNode } from 'elkjs/lib/elk-api.js';

export interface LayoutEngine {
  /**
   * Resolves once a layout asked for would start at once: the engine's code loaded and running.
   * The layout's time limit starts after it (runLayout.ts), so that loading ELK on a slow network or
   * a busy machine is not taken for a layout running away. Absent: ready from the start.
   */
  ready?(): Promise<void>;
  layout(graph: ElkNode): Promise<ElkNode>;
  /**
   * Stops whatever runs now (a worker is terminated) and rejects its pending layouts. The engine
   * stays usable: the next layout starts afresh.
   */
  dispose(): void;
}
