import { test as base, expect, type Page } from '@playwright/test';

// Every end-to-end test runs under the built page's Content-Security-Policy and fails on a console
// error or a CSP violation report.

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

export interface PageProblems {
  consoleErrors: string[];
  /** For a test that provokes a violation on purpose. */
  forgetCspViolations: () => Promise<void>;
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cspViolations ?? []);
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page }, use) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      localStorage.setItem('salesflow:test-hooks', '1');
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const problems: PageProblems = {
      consoleErrors,
      forgetCspViolations: async () => {
        await page.evaluate(() => {
          window.cspViolations = [];
        });
        consoleErrors.length = 0;
      },
    };
    await use(problems);
    if (!page.isClosed()) expect(await cspViolations(page), 'CSP violations').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
