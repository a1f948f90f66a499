/** Runs `task` later (or at once); answers how to cancel. */
export type Scheduler = (task: () => void) => () => void;

/** At once when the last task ran at least `intervalMs` ago, else when that much time has passed. */
export function throttled(intervalMs: number, now: () => number = Date.now): Scheduler {
  let lastRun = -Infinity;
  return (task) => {
    const wait = lastRun + intervalMs - now();
    if (wait <= 0) {
      lastRun = now();
      task();
      return () => undefined;
    }
    const timer = setTimeout(() => {
      lastRun = now();
      task();
    }, wait);
    return () => clearTimeout(timer);
  };
}
