// Settings only end-to-end tests set (STACK-NOTES.md: make slow paths slow on purpose), read from
// localStorage and honoured only when the test hooks are switched on.
const HOOKS_FLAG = 'salesflow:test-hooks';

export type TestSettingName = 'layout-delay-ms' | 'layout-timeout-ms' | 'autosave-delay-ms';

export function testHooksEnabled(): boolean {
  try {
    return localStorage.getItem(HOOKS_FLAG) === '1';
  } catch {
    return false;
  }
}

export function testSetting(name: TestSettingName): number | null {
  if (!testHooksEnabled()) return null;
  try {
    const value = Number(localStorage.getItem(`salesflow:test-${name}`));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}
