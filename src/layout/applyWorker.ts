// Writes ELK's answer back into the document off the page's thread (applyInWorker.ts): lanes,
// routes and label places of a 1,000-node diagram take tens of milliseconds.
import { answerEach } from '../lib/oneShotWorker';
import type { ApplyReply, ApplyRequest } from './applyInWorker';
import { applyElkResult } from './applyElkResult';

answerEach<ApplyRequest, ApplyReply>(
  ({ doc, elk, options }) => ({ ok: true, doc: applyElkResult(doc, elk, options) }),
  (error) => ({ ok: false, detail: error instanceof Error ? error.message : String(error) }),
);
