import { err, ok, type Result } from '../../lib/result';
import type { DocumentError } from '../../model/errors';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportError = { code: 'too-large' } | { code: 'read-failed' } | { code: 'document'; error: DocumentError };

/**
 * Every file the user picks goes through the same door: size first (before reading), then the
 * parser for its kind.
 */
export async function readFileThrough<T>(
  file: Blob,
  parse: (text: string) => Result<T, DocumentError>,
): Promise<Result<T, ImportError>> {
  if (file.size > MAX_IMPORT_BYTES) return err({ code: 'too-large' });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return err({ code: 'read-failed' });
  }
  const parsed = parse(text);
  return parsed.ok ? ok(parsed.value) : err({ code: 'document', error: parsed.error });
}
