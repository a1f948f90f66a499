// What reading a process table can refuse (nothing is imported) and what it leaves out while
// importing the rest, each skip with the file row it came from. Codes and parameters only;
// src/ui/import/processTableMessages.ts says them in the user's language.

import type { TableReadError } from '../../model/actuals/readErrors';

export type ProcessTableError =
  | { code: 'table'; error: TableReadError }
  | { code: 'no-id-column' }
  | { code: 'no-steps' }
  | { code: 'too-many-nodes'; limit: number }
  | { code: 'too-many-edges'; limit: number }
  | { code: 'too-many-lanes'; limit: number };

export type ProcessTableSkip =
  | { code: 'empty-id'; row: number }
  | { code: 'duplicate-id'; row: number; id: string }
  | { code: 'unknown-kind'; row: number; kind: string }
  | { code: 'bad-duration'; row: number; value: string }
  | { code: 'bad-rate'; row: number; target: string }
  | { code: 'unknown-target'; row: number; target: string }
  | { code: 'self-loop'; row: number; id: string }
  | { code: 'duplicate-edge'; row: number; source: string; target: string }
  | { code: 'label-cut'; row: number };
