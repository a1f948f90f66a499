// What reading Mermaid text can refuse (errors: nothing is imported) and what it leaves out while
// importing the rest (skips). Codes and parameters only; src/ui/import/mermaidMessages.ts says them
// in the user's language.

export type MermaidError =
  | { code: 'empty' }
  | { code: 'not-flowchart'; line: number }
  | { code: 'too-large'; limit: number }
  | { code: 'too-many-nodes'; limit: number }
  | { code: 'too-many-edges'; limit: number }
  | { code: 'too-many-lanes'; limit: number }
  | { code: 'syntax'; line: number }
  | { code: 'unclosed-subgraph'; line: number }
  /** The worker reading it failed to load or crashed (parseMermaidInWorker.ts). */
  | { code: 'worker-failed' };

export type MermaidSkip =
  | { code: 'self-loop'; line: number; node: string }
  | { code: 'duplicate-edge'; line: number; source: string; target: string }
  | { code: 'invisible-link'; line: number; source: string; target: string }
  | { code: 'subgraph-link'; line: number; subgraph: string }
  | { code: 'nested-subgraph'; line: number; subgraph: string }
  | { code: 'label-cut'; line: number; node: string }
  | { code: 'unsupported'; line: number; statement: string };
