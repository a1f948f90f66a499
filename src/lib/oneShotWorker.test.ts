import { describe, expect, it } from 'vitest';
import { askOnce } from './oneShotWorker';

/** A worker that answers nothing by itself: the test says when it answers or fails. */
function quietWorker() {
  const worker = {
    terminated: false,
    posted: [] as unknown[],
    onmessage: null as ((event: { data: unknown }) => void) | null,
    onerror: null as (() => void) | null,
    postMessage(message: unknown) {
      worker.posted.push(message);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('askOnce', () => {
  it('posts the question once and settles with the answer, ending the worker', async () => {
    const worker = quietWorker();
    const asked = askOnce(() => worker as unknown as Worker, 'question', () => 'failed');
    expect(worker.posted).toEqual(['question']);
    worker.onmessage?.({ data: 'answer' });
    expect(await asked).toBe('answer');
    expect(worker.terminated).toBe(true);
  });

  it('settles with failed() when the worker fails or the signal aborts, ending it', async () => {
    const failing = quietWorker();
    const failed = askOnce(() => failing as unknown as Worker, 1, () => 'failed');
    failing.onerror?.();
    expect(await failed).toBe('failed');
    expect(failing.terminated).toBe(true);

    const controller = new AbortController();
    const slow = quietWorker();
    const cancelled = askOnce(() => slow as unknown as Worker, 1, () => 'cancelled', controller.signal);
    controller.abort();
    expect(await cancelled).toBe('cancelled');
    expect(slow.terminated).toBe(true);
    // An answer after the abort changes nothing.
    slow.onmessage?.({ data: 'late' });
    expect(await cancelled).toBe('cancelled');
  });
});
