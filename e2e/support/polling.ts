/**
 * For expect.poll on a state the page reaches within frames (a view, a focus, a small document):
 * a try every 50 ms. Playwright's default tries back off to a second apart, so a check would wait
 * up to that long past the moment its state held.
 */
export const OFTEN = { intervals: [50] };
