// A file envelope (a stored row, an imported file) through the parser, and through `normalize`
// when the only trouble is its document: what was saved always opens, with what was repaired.

import { err, ok, type Result } from '../lib/result';
import type { DocumentError, InvalidReason } from './errors';
import { normalize, type Normalized } from './normalize';
import { migratedDocumentValue, parseDocumentValue, parseJsonText } from './parse';

/**
 * What a person handing us a file is told rather than having it repaired silently: a missing kind
 * or an edge to nowhere says the file is not what they think. Values past the limits are repaired:
 * they are what other versions of the app, with other limits, write.
 */
export const LIMIT_REASONS: ReadonlySet<InvalidReason> = new Set<InvalidReason>(['too-long', 'too-many-nodes', 'out-of-range']);

export type RepairPolicy = (error: Extract<DocumentError, { code: 'invalid' }>) => boolean;

/** Storage repairs whatever it can: a row the user saved must never be a dead end. */
export const repairAnything: RepairPolicy = () => true;
/** Import repairs only what breaks the limits, and refuses broken structure with its message. */
export const repairLimits: RepairPolicy = (error) => LIMIT_REASONS.has(error.reason);

/** The envelope's document, valid, with what had to be repaired (none when it was valid). */
export function normalizeFile(value: unknown, policy: RepairPolicy = repairAnything): Result<Normalized, DocumentError> {
  const parsed = parseDocumentValue(value);
  if (parsed.ok) return ok({ document: parsed.value, repairs: [] });
  if (parsed.error.code !== 'invalid' || !policy(parsed.error)) return parsed;
  const document = migratedDocumentValue(value);
  if (!document.ok) return parsed;
  const normalized = normalize(document.value);
  return normalized.ok ? normalized : err(parsed.error);
}

/** The text of a `.json` file, as normalizeFile. Never throws. */
export function normalizeFileText(text: string, policy: RepairPolicy = repairAnything): Result<Normalized, DocumentError> {
  const value = parseJsonText(text);
  return value.ok ? normalizeFile(value.value, policy) : value;
}
