import type { CaughtError } from './ErrorBoundary';

export interface CrashContext {
  appVersion: string;
  url: string;
  userAgent: string;
  at: Date;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack?.includes(error.message) ? error.stack : `${error.name}: ${error.message}\n${error.stack ?? ''}`;
  try {
    return `Thrown value: ${JSON.stringify(error)}`;
  } catch {
    return `Thrown value: ${String(error)}`;
  }
}

/**
 * The text `Copy details` puts on the clipboard, for a bug report: what was thrown, where, and in
 * which build. It never contains the document, which may be confidential.
 */
export function crashDetails(caught: CaughtError, context: CrashContext): string {
  return [
    `Salesflow ${context.appVersion}`,
    `Time: ${context.at.toISOString()}`,
    `Address: ${context.url}`,
    `Browser: ${context.userAgent}`,
    '',
    describeError(caught.error).trim(),
    ...(caught.componentStack ? ['', `Components:${caught.componentStack}`] : []),
  ].join('\n');
}
