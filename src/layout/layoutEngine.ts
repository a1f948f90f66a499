// What runs ELK: a Web Worker in the browser (elkWorkerEngine.ts), ELK's bundled build in tests
// (elkNodeEngine.ts), or a fake.

import type { ElkNode } from 'elkjs/lib/elk-api.js';

export interface LayoutEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
  /**
   * Stops whatever runs now (a worker is terminated) and rejects its pending layouts. The engine
   * stays usable: the next layout starts afresh.
   */
  dispose(): void;
}
