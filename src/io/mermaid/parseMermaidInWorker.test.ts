import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMermaid } from './parseMermaid';
import type { MermaidResult } from './parseMermaidInWorker';
import { inThreadWorkers } from '../../lib/testing/inThreadWorkers';

// The real worker script runs in this thread (lib/testing/inThreadWorkers.ts).
const state = inThreadWorkers<string, MermaidResult>();

const { parseMermaidInWorker } = await import('./parseMermaidInWorker');
await import('./mermaidWorker');

beforeEach(() => {
  state.reset();
  vi.stubGlobal('Worker', state.Worker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseMermaidInWorker', () => {
  it('reads the text in a module worker of its own, as the reader on the page would, and ends the worker', async () => {
    const text = 'flowchart LR\n  a([Lead]) --> b{OK?}\n  b -->|yes| c([Won])\n  b --> b\n';
    expect(await parseMermaidInWorker(text)).toEqual(parseMermaid(text));
    expect(state.workers).toHaveLength(1);
    expect(state.workers[0]?.url).toMatch(/mermaidWorker\.ts$/);
    expect(state.workers[0]?.type).toBe('module');
    expect(state.workers[0]?.terminated).toBe(true);
  });

  it('passes on a typed error', async () => {
    expect(await parseMermaidInWorker('sequenceDiagram\n  a->>b: hi\n')).toEqual({ ok: false, error: { code: 'not-flowchart', line: 1 } });
  });

  it('gives worker-failed when the worker fails to load', async () => {
    state.hold = true;
    const reading = parseMermaidInWorker('flowchart LR\n  a --> b\n');
    state.workers[0]?.fail();
    expect(await reading).toEqual({ ok: false, error: { code: 'worker-failed' } });
    expect(state.workers[0]?.terminated).toBe(true);
  });
});
