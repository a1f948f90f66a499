// How the end-to-end tests and the benchmark start Chromium: Debian's own, never a downloaded one,
// with the flags that STACK-NOTES.md found to work here. One place, so both drive the same browser.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
