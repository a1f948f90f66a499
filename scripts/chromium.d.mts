// Types for chromium.mjs, which Node runs directly (the benchmark) and Playwright's config imports.
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_LAUNCH_OPTIONS: { executablePath: string; args: string[] };
