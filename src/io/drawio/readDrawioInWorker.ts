import type { Result } from '../../lib/result';
import { askOnce } from '../../lib/oneShotWorker';
import { err } from '../../lib/result';
import type { DrawioError } from './drawioErrors';
import { readDrawio, type DrawioImport } from './readDrawio';

export type DrawioResult = Result<DrawioImport, DrawioError>;

/**
 * Reads a draw.io file in a module worker of its own, terminated when it answers or the signal
 * aborts. Where there are no workers (the unit tests' jsdom) it reads on the spot, so the door's
 * tests exercise the same reader.
 */
export function readDrawioInWorker(text: string, signal?: AbortSignal): Promise<DrawioResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(readDrawio(text));
  return askOnce<string, DrawioResult>(
    () => new Worker(new URL('./drawioWorker.ts', import.meta.url), { type: 'module' }),
    text,
    () => err({ code: 'worker-failed' }),
    signal,
  );
}
