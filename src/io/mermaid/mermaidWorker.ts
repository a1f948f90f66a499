// Reads Mermaid text off the page's thread (parseMermaidInWorker.ts).
import { answerEach } from '../../lib/oneShotWorker';
import { err } from '../../lib/result';
import { parseMermaid } from './parseMermaid';
import type { MermaidResult } from './parseMermaidInWorker';

answerEach<string, MermaidResult>(parseMermaid, () => err({ code: 'worker-failed' }));
