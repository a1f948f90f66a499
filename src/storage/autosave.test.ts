import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok, type Result } from '../lib/result';
import { createAutosaver, type SaveState } from './autosave';
import type { StorageError } from './errors';

type Save = (value: string) => Promise<Result<unknown, StorageError>>;

function setup(save: Save = () => Promise.resolve(ok(undefined)), options: { delayMs?: number } = {}) {
  const states: SaveState['status'][] = [];
  const saveSpy = vi.fn(save);
  const autosaver = createAutosaver<string>({
    save: saveSpy,
    onState: (state) => states.push(state.status),
    ...options,
  });
  return { autosaver, save: saveSpy, states };
}

/** A save that waits until the test lets it finish. */
function controlledSave() {
  const finishers: ((result: Result<unknown, StorageError>) => void)[] = [];
  const save: Save = () => new Promise((resolve) => finishers.push(resolve));
  return { save, finish: (result: Result<unknown, StorageError> = ok(undefined)) => finishers.shift()?.(result) };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaver', () => {
  it('saves once, the latest value, 300 ms after the last change', async () => {
    const { autosaver, save, states } = setup();
    autosaver.schedule('a');
    await vi.advanceTimersByTimeAsync(200);
    autosaver.schedule('b');
    await vi.advanceTimersByTimeAsync(200);
    autosaver.schedule('c');
    expect(autosaver.state()).toEqual({ status: 'saving' });
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save.mock.calls).toEqual([['c']]);
    expect(states).toEqual(['saving', 'saved']);
    expect(autosaver.unsaved()).toBeUndefined();
  });

  it('still saves within a second while changes never pause', async () => {
    const { autosaver, save } = setup();
    for (let elapsed = 0; elapsed < 1000; elapsed += 100) {
      autosaver.schedule(`v${elapsed}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save.mock.calls).toEqual([['v900']]);
  });

  it('runs one save at a time and then saves what changed meanwhile', async () => {
    const { save: slowSave, finish } = controlledSave();
    const { autosaver, save } = setup(slowSave);
    autosaver.schedule('a');
    await vi.advanceTimersByTimeAsync(300);
    autosaver.schedule('b');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save.mock.calls).toEqual([['a']]);
    expect(autosaver.unsaved()).toBe('b');

    finish();
    await vi.advanceTimersByTimeAsync(300);
    expect(save.mock.calls).toEqual([['a'], ['b']]);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosaver.state()).toEqual({ status: 'saved' });
  });

  it('keeps a failed value, reports the error code, and retries', async () => {
    let result: Result<unknown, StorageError> = err({ code: 'quota-exceeded' });
    const { autosaver, save, states } = setup(() => Promise.resolve(result));
    autosaver.schedule('a');
    await vi.advanceTimersByTimeAsync(300);
    expect(autosaver.state()).toEqual({ status: 'error', error: { code: 'quota-exceeded' } });
    expect(autosaver.unsaved()).toBe('a');

    // The automatic retry, still failing.
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(2);

    result = ok(undefined);
    expect(await autosaver.retry()).toEqual({ status: 'saved' });
    expect(save.mock.calls.at(-1)).toEqual(['a']);
    expect(states).toEqual(['saving', 'error', 'saving', 'error', 'saving', 'saved']);
    expect(autosaver.unsaved()).toBeUndefined();
  });

  it('treats a save that throws as write-failed', async () => {
    const { autosaver } = setup(() => Promise.reject(new Error('bug')));
    autosaver.schedule('a');
    expect(await autosaver.flush()).toEqual({ status: 'error', error: { code: 'write-failed' } });
  });

  it('flushes at once, waiting for a save already running', async () => {
    const { save: slowSave, finish } = controlledSave();
    const { autosaver, save } = setup(slowSave, { delayMs: 60_000 });
    autosaver.schedule('a');
    const first = autosaver.flush();
    autosaver.schedule('b');
    const second = autosaver.flush();
    finish();
    await vi.advanceTimersByTimeAsync(0);
    finish();
    // The first flush covers 'a'; 'b' was still on its way when it resolved.
    expect(await first).toEqual({ status: 'saving' });
    expect(await second).toEqual({ status: 'saved' });
    expect(save.mock.calls).toEqual([['a'], ['b']]);
  });

  it('stops its timers when disposed', async () => {
    const { autosaver, save } = setup();
    autosaver.schedule('a');
    autosaver.dispose();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).not.toHaveBeenCalled();
  });
});
