import { describe, expect, it, vi } from 'vitest';
import { throttled } from './throttled';

describe('throttled', () => {
  it('throttles: at once after a quiet spell, then at most once per interval with the last task', () => {
    vi.useFakeTimers();
    try {
      const schedule = throttled(50, () => Date.now());
      const ran: string[] = [];
      schedule(() => ran.push('first'));
      expect(ran).toEqual(['first']);
      schedule(() => ran.push('second'));
      expect(ran).toEqual(['first']);
      vi.advanceTimersByTime(49);
      expect(ran).toEqual(['first']);
      vi.advanceTimersByTime(1);
      expect(ran).toEqual(['first', 'second']);
      const cancel = schedule(() => ran.push('cancelled'));
      cancel();
      vi.advanceTimersByTime(100);
      expect(ran).toEqual(['first', 'second']);
    } finally {
      vi.useRealTimers();
    }
  });
});
