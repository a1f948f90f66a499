// Test-only behaviour (STACK-NOTES.md: make slow and broken paths happen on purpose), read from
// localStorage and honoured only when the test hooks are switched on, so ordinary users never
// meet it. It lives in lib because the canvas, below the app, has a switch of its own.
const HOOKS_FLAG = 'salesflow:test-hooks';

/**
 * `node-view-throws`: every flowchart node throws while rendering, to show the error boundary.
 * `handout-slow`: the PDF handout waits between pages, so that its progress and Cancel can be tested.
 * `opening-fit`: a document opens fitted whatever its size, so that the benchmark can compare its
 * opening with bare React Flow's at the same view.
 */
export type TestSwitchName = 'node-view-throws' | 'handout-slow' | 'opening-fit';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function testHooksEnabled(): boolean {
  return read(HOOKS_FLAG) === '1';
}

export function testSwitchOn(name: TestSwitchName): boolean {
  return testHooksEnabled() && read(`salesflow:test-${name}`) === '1';
}
