import type { Result } from '../../lib/result';
import type { TableReadError } from '../../model/actuals/readErrors';
import type { Table } from '../../model/actuals/table';
import type { ReadPhase } from './readTable';

/** The file's bytes, transferred (not copied) to the worker. */
export interface ToTableWorker {
  buffer: ArrayBuffer;
}

export type FromTableWorker =
  | { type: 'progress'; phase: ReadPhase; done: number }
  | { type: 'done'; result: Result<Table, TableReadError> };
