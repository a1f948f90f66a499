// What reading a draw.io file can refuse (nothing is imported) and what it leaves out while
// importing the rest. Codes and parameters only; src/ui/import/drawioMessages.ts says them in the
// user's language.

import type { XmlError } from './xmlTree';
import type { InflateError } from './inflatePage';

export type DrawioError =
  | { code: 'doctype' }
  | { code: 'not-xml' }
  | { code: 'not-drawio' }
  | { code: 'no-pages' }
  | { code: 'bad-compressed-page'; page: string }
  | { code: 'inflated-too-large'; page: string; limit: number }
  | { code: 'too-many-nodes'; limit: number }
  | { code: 'too-many-edges'; limit: number }
  | { code: 'too-many-lanes'; limit: number }
  | { code: 'worker-failed' };

export type DrawioSkip =
  | { code: 'image'; label: string }
  | { code: 'text'; label: string }
  | { code: 'group'; label: string }
  | { code: 'unknown-shape'; label: string; shape: string }
  | { code: 'self-loop'; label: string }
  | { code: 'duplicate-edge'; source: string; target: string }
  | { code: 'loose-edge'; label: string }
  | { code: 'label-cut'; label: string };

export function xmlFailure(error: XmlError): DrawioError {
  return error.code === 'doctype' ? { code: 'doctype' } : { code: 'not-xml' };
}

export function inflateFailure(error: InflateError, page: string): DrawioError {
  return error.code === 'inflated-too-large' ? { code: 'inflated-too-large', page, limit: error.limit } : { code: 'bad-compressed-page', page };
}
