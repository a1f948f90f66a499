import type { MermaidSkip } from '../../io/mermaid/mermaidErrors';
import type { Repair } from '../../model/repairs';

/** What an import repaired (a Salesflow file past the limits) and left out (from another tool). */
export interface ImportReport {
  repairs: Repair[];
  skipped: MermaidSkip[];
}
