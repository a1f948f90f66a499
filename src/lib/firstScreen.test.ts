// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps one visit's state: each test loads it afresh.
async function freshModule() {
  vi.resetModules();
  return import('./firstScreen');
}

describe('afterFirstScreen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the first screen, then for its frame, and runs once', async () => {
    const { afterFirstScreen, firstScreenShown } = await freshModule();
    const run = vi.fn();
    afterFirstScreen(run, 5000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).not.toHaveBeenCalled();
    firstScreenShown();
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(run).toHaveBeenCalledTimes(1);
    firstScreenShown();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after a frame when the screen was already shown', async () => {
    const { afterFirstScreen, firstScreenShown } = await freshModule();
    firstScreenShown();
    const run = vi.fn();
    afterFirstScreen(run, 5000);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at the fallback when no screen says it is drawn', async () => {
    const { afterFirstScreen } = await freshModule();
    const run = vi.fn();
    afterFirstScreen(run, 5000);
    await vi.advanceTimersByTimeAsync(4999);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
