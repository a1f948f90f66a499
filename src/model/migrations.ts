// Upgrades a file from the version it was written in to the current one, one pure step at a time.
// Every schema bump adds a step N-1 → N here, with its own test and a fixture of version N-1
// in fixtures/ (DESIGN.md, "File format").

import { err, ok, type Result } from '../lib/result';
import type { DocumentError } from './errors';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { v1ToV2 } from './migrations/v1ToV2';
import { isPlainObject } from '../lib/isPlainObject';

export interface Migration {
  from: number;
  to: number;
  /**
   * Takes the envelope's `document` as written at version `from` and returns it as version `to`.
   * Must not mutate its argument: the caller may still hold it (undo, the original import).
   */
  migrate(doc: unknown): unknown;
}

/** Version 1 is the first published version; each later one adds its step here. */
export const MIGRATIONS: readonly Migration[] = [v1ToV2];

/**
 * Applies the steps from `fromVersion` up to `toVersion` to the envelope's document and returns a
 * new envelope stamped with `toVersion`. The input envelope is returned as is when it is current.
 */
export function runMigrations(
  file: unknown,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  toVersion: number = CURRENT_SCHEMA_VERSION,
): Result<unknown, DocumentError> {
  if (fromVersion === toVersion) return ok(file);
  const failed = err<DocumentError>({ code: 'migration-failed', fromVersion });
  if (!isPlainObject(file) || fromVersion > toVersion) return failed;

  const stepFrom = new Map<number, Migration>();
  for (const step of migrations) stepFrom.set(step.from, step);

  let version = fromVersion;
  let doc: unknown = file['document'];
  try {
    while (version < toVersion) {
      const step = stepFrom.get(version);
      // A step that does not move forward would loop for ever: treat it as a broken chain.
      if (step === undefined || step.to <= step.from || step.to > toVersion) return failed;
      doc = step.migrate(doc);
      version = step.to;
    }
  } catch {
    return failed;
  }
  return ok({ ...file, schemaVersion: version, document: doc });
}
