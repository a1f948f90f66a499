import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { askOnce } from '../lib/oneShotWorker';
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
  return askOnce<ApplyRequest, ApplyReply>(
    () => new Worker(new URL('./applyWorker.ts', import.meta.url), { type: 'module' }),
    { doc, elk, options },
    () => ({ ok: false, detail: 'the worker writing the layout back failed' }),
  ).then((reply) => {
    if (!reply.ok) throw new Error(reply.detail);
    return reply.doc;
  });
}
