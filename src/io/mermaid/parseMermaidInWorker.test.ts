import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMermaid } from './parseMermaid';
import type { MermaidResult } from './parseMermaidInWorker';

// The real worker script runs in this thread; the fake Worker routes its answer back, cloned as
// between threads.
type Scope = { onmessage: ((event: { data: string }) => void) | null; postMessage: (message: MermaidResult) => void };
const scope = globalThis as unknown as Scope;
const state = vi.hoisted(() => ({ workers: [] as { url: string; type: string | undefined; terminated: boolean; fail: () => void }[], hold: false }));

class FakeWorker {
  onmessage: ((event: { data: MermaidResult }) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly record: (typeof state.workers)[number];
  constructor(url: URL, options?: { type?: string }) {
    this.record = { url: String(url), type: options?.type, terminated: false, fail: () => this.onerror?.() };
    state.workers.push(this.record);
  }
  postMessage(text: string): void {
    scope.postMessage = (answer) => {
      const cloned = structuredClone(answer);
      setTimeout(() => {
        if (!this.record.terminated) this.onmessage?.({ data: cloned });
      }, 0);
    };
    if (!state.hold) scope.onmessage?.({ data: text });
  }
  terminate(): void {
    this.record.terminated = true;
  }
}

const { parseMermaidInWorker } = await import('./parseMermaidInWorker');
await import('./mermaidWorker');

beforeEach(() => {
  state.workers.length = 0;
  state.hold = false;
  vi.stubGlobal('Worker', FakeWorker);
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
