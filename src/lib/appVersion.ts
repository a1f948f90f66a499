declare const __APP_VERSION__: string;

/** The version written into every file's `writtenBy`, from package.json at build time. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
