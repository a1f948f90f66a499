import type { HandoutJob } from './handout';

export interface ToHandoutWorker {
  job: HandoutJob;
  /** Test-only: a wait after each page, so that progress and Cancel can be seen (lib/testSwitches.ts). */
  pageDelayMs: number;
}

export type FromHandoutWorker =
  | { type: 'progress'; done: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'failed' };
