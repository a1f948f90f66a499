// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { runSoon } from './runSoon';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

describe('runSoon', () => {
  it('runs once, though both the task and the frame come', async () => {
    const run = vi.fn();
    runSoon(run);
    expect(run).not.toHaveBeenCalled();
    await nextTask();
    await nextTask();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs never once called off', async () => {
    const run = vi.fn();
    const cancel = runSoon(run);
    cancel();
    await nextTask();
    await nextTask();
    expect(run).not.toHaveBeenCalled();
  });

  it('runs at the next frame when no task comes first', () => {
    const frames: FrameRequestCallback[] = [];
    const request = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const run = vi.fn();
    runSoon(run);
    frames[0]!(0);
    expect(run).toHaveBeenCalledTimes(1);
    request.mockRestore();
  });
});
