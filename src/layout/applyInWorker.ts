import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { SalesDocument } from '../model/types';
import { applyElkResult } from './applyElkResult';
import type { LayoutOptions } from './options';

export interface ApplyRequest {
  doc: SalesDocument;
  elk: ElkNode;
  options: LayoutOptions;
}

/** `detail`: the message of what the writing back threw, for the console. */
export type ApplyReply = { ok: true; doc: SalesDocument } | { ok: false; detail: string };

/**
 * `applyElkResult` in a module worker of its own (applyWorker.ts), terminated when it answers:
 * the same document, without holding the page while lanes are stacked and edges routed. Rejects
 * as `applyElkResult` throws, so `layoutDocument` reports it the same way. Without `Worker`
 * (Vitest, Node) it writes back on the spot.
 */
export function applyElkResultInWorker(doc: SalesDocument, elk: ElkNode, options: LayoutOptions): Promise<SalesDocument> {
  if (typeof Worker === 'undefined') return Promise.resolve().then(() => applyElkResult(doc, elk, options));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./applyWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ApplyReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.doc);
      else reject(new Error(event.data.detail));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('the worker writing the layout back failed'));
    };
    const request: ApplyRequest = { doc, elk, options };
    worker.postMessage(request);
  });
}
