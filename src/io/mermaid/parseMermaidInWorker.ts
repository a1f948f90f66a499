import type { Result } from '../../lib/result';
import { askOnce } from '../../lib/oneShotWorker';
import { err } from '../../lib/result';
import type { MermaidError } from './mermaidErrors';
import { parseMermaid, type MermaidImport } from './parseMermaid';

export type MermaidResult = Result<MermaidImport, MermaidError>;

/**
 * Reads Mermaid text in a module worker of its own, terminated when it answers: a 1,000-node
 * chart takes tens of milliseconds to read, a hostile 100,000-node one far longer, and neither
 * should hold the page. Where there are no workers (the unit tests' jsdom) it reads on the spot,
 * so the door's tests exercise the same reader.
 */
export function parseMermaidInWorker(text: string): Promise<MermaidResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(parseMermaid(text));
  return askOnce<string, MermaidResult>(
    () => new Worker(new URL('./mermaidWorker.ts', import.meta.url), { type: 'module' }),
    text,
    () => err({ code: 'worker-failed' }),
  );
}
