import type { Repair } from '../../model/repairs';
import type { ImportSkip } from './importSkips';

/** What an import repaired (a Salesflow file past the limits) and left out (from another tool). */
export interface ImportReport {
  repairs: Repair[];
  skipped: ImportSkip[];
}
