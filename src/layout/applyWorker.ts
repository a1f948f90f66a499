// Writes ELK's answer back into the document off the page's thread (applyInWorker.ts): lanes,
// routes and label places of a 1,000-node diagram take tens of milliseconds.
import type { ApplyReply, ApplyRequest } from './applyInWorker';
import { applyElkResult } from './applyElkResult';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ApplyRequest>) => void) | null;
  postMessage: (message: ApplyReply) => void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { doc, elk, options } = event.data;
  let reply: ApplyReply;
  try {
    reply = { ok: true, doc: applyElkResult(doc, elk, options) };
  } catch (error) {
    reply = { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
