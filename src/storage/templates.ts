// The team's own templates ("Save as template", imported template files) in the `templates`
// table. Every operation answers a Result; nothing here throws at the caller. The row's `file` is
// the template file envelope and the only truth: the name, description and category columns are a
// copy in English for anyone inspecting the database, and every read goes back through
// parseTemplateValue (DESIGN.md, "Validation at every door").

import { createId } from '../lib/ids';
import { err, ok, type Result } from '../lib/result';
import type { DocumentError } from '../model/errors';
import { parseTemplateValue } from '../model/templates/parseTemplate';
import { toTemplateFile } from '../model/templates/templateFile';
import { TEMPLATE_LANGUAGES, type Template, type TemplateLanguage, type TemplateMeta } from '../model/templates/types';
import type { SalesflowDatabase, TemplateRow } from './database';
import { attempt, storageErrorFrom, type DamagedError, type StorageError } from './errors';

/** A template of the user's own, as stored. */
export interface UserTemplate {
  template: Template;
  /** Milliseconds since the epoch; the list is newest first. */
  createdAt: number;
}

export interface UserTemplateList {
  templates: UserTemplate[];
  /** Rows that failed validation: left out of the list, each kept with what was read. */
  damaged: DamagedError[];
}

/** A template refused before it is written, so that nothing unreadable is ever stored. */
export type TemplateStorageError = StorageError | { code: 'invalid-template'; error: DocumentError };

export interface TemplateRepositoryOptions {
  now?: () => number;
  /** The id a new user template is stored under. */
  newId?: () => string;
}

export interface TemplateRepository {
  /**
   * Stores a template as a new one of the user's own, under a fresh id: importing a file twice,
   * or a file carrying a bundled template's id, never replaces a template already there.
   */
  add(template: Template): Promise<Result<UserTemplate, TemplateStorageError>>;
  /** Writes a user template as it is, id and time included: the undo of `remove`. */
  put(entry: UserTemplate): Promise<Result<void, TemplateStorageError>>;
  get(id: string): Promise<Result<UserTemplate, StorageError>>;
  /** Newest first; damaged rows reported apart. */
  list(): Promise<Result<UserTemplateList, StorageError>>;
  /**
   * Names the template `name` in `language`. Other languages whose name read the same as that
   * language's follow it (a template saved from one document has one name); a name someone has
   * translated is kept.
   */
  rename(id: string, name: string, language: TemplateLanguage): Promise<Result<UserTemplate, TemplateStorageError>>;
  /**
   * Deletes the template for good, answering what it was so that the caller can offer undo; null
   * when the row was damaged, which can be deleted but not restored.
   */
  remove(id: string): Promise<Result<UserTemplate | null, StorageError>>;
}

/** A file through the template door, or the reason it cannot be stored. */
function checked(template: Template): Result<Template, TemplateStorageError> {
  const parsed = parseTemplateValue(toTemplateFile(template));
  return parsed.ok ? parsed : err({ code: 'invalid-template', error: parsed.error });
}

/** `attempt` for the operations that can also refuse a template. */
async function attemptWrite<T>(run: () => Promise<Result<T, TemplateStorageError>>): Promise<Result<T, TemplateStorageError>> {
  try {
    return await run();
  } catch (error) {
    return err(storageErrorFrom(error, 'write'));
  }
}

function toRow(entry: UserTemplate): TemplateRow {
  const { meta } = entry.template;
  return {
    id: meta.id,
    name: meta.name.en,
    description: meta.description.en,
    category: meta.category,
    createdAt: entry.createdAt,
    file: toTemplateFile(entry.template),
  };
}

/** A stored row through the template door; the row's key is the template's id, whatever the file says. */
function fromRow(row: TemplateRow): Result<UserTemplate, DamagedError> {
  const parsed = parseTemplateValue(row.file);
  if (!parsed.ok) return err({ code: 'damaged', id: row.id, error: parsed.error, raw: row.file });
  const createdAt = typeof row.createdAt === 'number' && Number.isFinite(row.createdAt) ? row.createdAt : 0;
  return ok({ template: { ...parsed.value, meta: { ...parsed.value.meta, id: row.id } }, createdAt });
}

function renamed(meta: TemplateMeta, name: string, language: TemplateLanguage): TemplateMeta {
  const previous = meta.name[language];
  const next = { ...meta.name };
  for (const each of TEMPLATE_LANGUAGES) {
    if (each === language || meta.name[each] === previous) next[each] = name;
  }
  return { ...meta, name: next };
}

export function createTemplateRepository(db: SalesflowDatabase, options: TemplateRepositoryOptions = {}): TemplateRepository {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => createId('tpl'));

  async function read(id: string): Promise<Result<UserTemplate, StorageError>> {
    const row = await db.templates.get(id);
    if (row === undefined) return err({ code: 'not-found', id });
    return fromRow(row);
  }

  async function write(entry: UserTemplate): Promise<Result<UserTemplate, TemplateStorageError>> {
    const valid = checked(entry.template);
    if (!valid.ok) return valid;
    const stored = { template: valid.value, createdAt: entry.createdAt };
    await db.templates.put(toRow(stored));
    return ok(stored);
  }

  return {
    add: (template) =>
      attemptWrite(() => {
        const meta: TemplateMeta = { ...template.meta, id: newId() };
        // A bundled template's place in the gallery means nothing among the user's own.
        delete meta.order;
        return write({ template: { ...template, meta }, createdAt: now() });
      }),

    put: (entry) =>
      attemptWrite(async () => {
        const written = await write(entry);
        return written.ok ? ok(undefined) : written;
      }),

    get: (id) => attempt('read', () => read(id)),

    list: () =>
      attempt('read', async () => {
        const templates: UserTemplate[] = [];
        const damaged: DamagedError[] = [];
        for (const row of await db.templates.toArray()) {
          const entry = fromRow(row);
          if (entry.ok) templates.push(entry.value);
          else damaged.push(entry.error);
        }
        // Newest first, then by id, so that two saved in the same millisecond keep one order.
        templates.sort((a, b) => b.createdAt - a.createdAt || a.template.meta.id.localeCompare(b.template.meta.id));
        return ok({ templates, damaged });
      }),

    rename: (id, name, language) =>
      attemptWrite(() =>
        db.transaction('rw', db.templates, async () => {
          const current = await read(id);
          if (!current.ok) return current;
          const { template } = current.value;
          return write({ ...current.value, template: { ...template, meta: renamed(template.meta, name, language) } });
        }),
      ),

    remove: (id) =>
      attempt('write', () =>
        db.transaction('rw', db.templates, async () => {
          const row = await db.templates.get(id);
          if (row === undefined) return err({ code: 'not-found', id });
          await db.templates.delete(id);
          const entry = fromRow(row);
          return ok(entry.ok ? entry.value : null);
        }),
      ),
  };
}
