// The one door into the model for untrusted data: files, storage rows and templates. It returns a
// typed error instead of throwing or half-loading (DESIGN.md, "Validation at every door").

import { isPlainObject } from '../lib/isPlainObject';
import { APP_VERSION } from '../lib/appVersion';
import { err, ok, type Result } from '../lib/result';
import type { DocumentError, InvalidReason } from './errors';
import { runMigrations } from './migrations';
import { CURRENT_SCHEMA_VERSION, documentFileSchema, documentSchema, MAX_NODES } from './schema';
import { FILE_FORMAT, type DocumentFile, type SalesDocument } from './types';
import { checkInvariants, tidyReferences } from './validate';
import type { z } from './zodConfig';

type PathSegment = PropertyKey;

/** `['nodes', 3, 'position', 'x']` → `nodes[3].position.x`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** The value at `path` inside `root`, reading own properties only; undefined when absent. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function reasonFor(issue: z.core.$ZodIssue, input: unknown, path: readonly PathSegment[]): InvalidReason {
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (value === undefined) return 'required';
      if (typeof value === 'number' && !Number.isFinite(value)) return 'not-finite';
      return 'type';
    }
    case 'invalid_value':
      // zod reports a missing enum or literal (a node's `kind`) as a wrong value, not a missing one.
      return valueAt(input, issue.path) === undefined ? 'required' : 'type';
    case 'too_big':
      if (issue.origin === 'string') return 'too-long';
      if (issue.origin === 'array') return formatPath(path) === 'nodes' ? 'too-many-nodes' : 'too-long';
      return 'out-of-range';
    case 'too_small':
      // The only strings with a minimum length are ids and colours, which must not be empty.
      if (issue.origin === 'string') return 'required';
      return 'out-of-range';
    case 'custom': {
      const reason: unknown = issue.params?.['reason'];
      return typeof reason === 'string' ? (reason as InvalidReason) : 'type';
    }
    default:
      return 'type';
  }
}

/** Paths inside the document drop the envelope's `document.` prefix, as the UI shows them. */
function documentPath(path: readonly PathSegment[]): readonly PathSegment[] {
  return path.length > 1 && path[0] === 'document' ? path.slice(1) : path;
}

function firstIssueError(error: z.ZodError, input: unknown): DocumentError {
  const issue = error.issues[0];
  if (issue === undefined) return { code: 'invalid', path: '', reason: 'type' };
  const path = documentPath(issue.path);
  const reason = reasonFor(issue, input, path);
  // The message names the cap, so the user learns how far over it the file is.
  if (reason === 'too-many-nodes') return { code: 'invalid', path: formatPath(path), reason, limit: MAX_NODES };
  return { code: 'invalid', path: formatPath(path), reason };
}

/**
 * The envelope's header, the same for documents and templates: our format, and a version this
 * build can read (a newer one is refused, never half-read).
 */
export function readEnvelope(value: unknown): Result<{ file: Record<string, unknown>; version: number }, DocumentError> {
  if (!isPlainObject(value) || value['format'] !== FILE_FORMAT) return err({ code: 'not-salesflow' });
  const version = value['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return err({ code: 'invalid', path: 'schemaVersion', reason: version === undefined ? 'required' : 'type' });
  }
  if (version > CURRENT_SCHEMA_VERSION) return err({ code: 'too-new', version, supported: CURRENT_SCHEMA_VERSION });
  return ok({ file: value, version });
}

/** Checked before a schema, so that an oversized file is refused without validating every node. */
export function nodeCountError(nodes: unknown): DocumentError | null {
  return Array.isArray(nodes) && nodes.length > MAX_NODES ? { code: 'invalid', path: 'nodes', reason: 'too-many-nodes', limit: MAX_NODES } : null;
}

function parseEnvelope(value: unknown): Result<SalesDocument, DocumentError> {
  const envelope = readEnvelope(value);
  if (!envelope.ok) return envelope;
  const migrated = runMigrations(envelope.value.file, envelope.value.version);
  if (!migrated.ok) return migrated;

  const tooMany = nodeCountError(valueAt(migrated.value, ['document', 'nodes']));
  if (tooMany !== null) return err(tooMany);

  const parsed = documentFileSchema.safeParse(migrated.value);
  if (!parsed.success) return err(firstIssueError(parsed.error, migrated.value));

  const broken = checkInvariants(parsed.data.document);
  if (broken !== null) return err(broken);
  return ok(tidyReferences(parsed.data.document));
}

/**
 * The envelope checks without the document's own: format, version and migrations. Answers the
 * document value, current version but not yet validated, for `normalize` to repair.
 */
export function migratedDocumentValue(value: unknown): Result<unknown, DocumentError> {
  try {
    const envelope = readEnvelope(value);
    if (!envelope.ok) return envelope;
    const migrated = runMigrations(envelope.value.file, envelope.value.version);
    if (!migrated.ok) return migrated;
    return ok(valueAt(migrated.value, ['document']));
  } catch {
    return err({ code: 'invalid', path: '', reason: 'type' });
  }
}

/** A bare document value (no envelope) against the schema and the invariants. Never throws. */
export function validateDocument(value: unknown): Result<SalesDocument, DocumentError> {
  try {
    const tooMany = nodeCountError(valueAt(value, ['nodes']));
    if (tooMany !== null) return err(tooMany);
    const parsed = documentSchema.safeParse(value);
    if (!parsed.success) return err(firstIssueError(parsed.error, value));
    const broken = checkInvariants(parsed.data);
    return broken === null ? ok(tidyReferences(parsed.data)) : err(broken);
  } catch {
    return err({ code: 'invalid', path: '', reason: 'type' });
  }
}

/**
 * Validates an already-parsed file envelope (storage rows, templates, a dropped file's JSON).
 * Never throws. On success the document shares no objects with `value`.
 */
export function parseDocumentValue(value: unknown): Result<SalesDocument, DocumentError> {
  try {
    return parseEnvelope(value);
  } catch {
    // Only exotic values get here (a Proxy, a throwing getter): never a bug to crash on.
    return err({ code: 'invalid', path: '', reason: 'type' });
  }
}

/** JSON text as a value, or not-json. Never throws. */
export function parseJsonText(text: string): Result<unknown, DocumentError> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return err({ code: 'not-json' });
  }
}

/** Parses the text of a `.json` file. Never throws. */
export function parseDocumentFile(text: string): Result<SalesDocument, DocumentError> {
  const value = parseJsonText(text);
  return value.ok ? parseDocumentValue(value.value) : value;
}

/** The file envelope; `writtenByVersion` defaults to this build's version. */
export function toDocumentFile(doc: SalesDocument, writtenByVersion: string = APP_VERSION): DocumentFile {
  return {
    format: FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    writtenBy: { app: 'salesflow', version: writtenByVersion },
    document: doc,
  };
}

/** The file envelope as JSON, indented by two spaces so files diff well. */
export function serializeDocumentFile(doc: SalesDocument, writtenByVersion?: string): string {
  return `${JSON.stringify(toDocumentFile(doc, writtenByVersion), null, 2)}\n`;
}
