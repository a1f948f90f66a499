import { testHooksEnabled } from '../lib/testSwitches';

// Settings only end-to-end tests set (STACK-NOTES.md: make slow paths slow on purpose), read from
// localStorage and honoured only when the test hooks are switched on.
export type TestSettingName = 'layout-delay-ms' | 'layout-timeout-ms' | 'autosave-delay-ms';

export function testSetting(name: TestSettingName): number | null {
  if (!testHooksEnabled()) return null;
  try {
    const value = Number(localStorage.getItem(`salesflow:test-${name}`));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}
