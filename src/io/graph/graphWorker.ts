// Makes an imported document off the page's thread (graphToDocumentInWorker.ts).
import { answerEach } from '../../lib/oneShotWorker';
import type { GraphReply, GraphRequest } from './graphToDocumentInWorker';
import { graphToDocument } from './graphToDocument';

answerEach<GraphRequest, GraphReply>(
  ({ graph, title, now }) => graphToDocument(graph, { title, now }),
  () => null,
);
