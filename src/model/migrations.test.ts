import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { deepFreeze } from '../lib/deepFreeze';
import { MIGRATIONS, runMigrations, type Migration } from './migrations';
import { parseDocumentValue } from './parse';
import { CURRENT_SCHEMA_VERSION } from './schema';

function loadFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
}

// Synthetic steps, to prove the runner before the schema has a real one.
// 0 → 1 renames `name` to `title`; 1 → 2 adds a `tags` list.
const renameTitle: Migration = {
  from: 0,
  to: 1,
  migrate(doc) {
    const { name, ...rest } = doc as { name: string };
    return { ...rest, title: name };
  },
};
const addTags: Migration = {
  from: 1,
  to: 2,
  migrate(doc) {
    return { ...(doc as object), tags: [] };
  },
};

function fileOf(version: number, document: unknown) {
  return { format: 'salesflow', schemaVersion: version, writtenBy: { app: 'salesflow', version: 'x' }, document };
}

describe('runMigrations', () => {
  it('applies each step in order and stamps the final version', () => {
    const input = deepFreeze(fileOf(0, { id: 'd', name: 'Pipeline' }));
    const result = runMigrations(input, 0, [addTags, renameTitle], 2);
    expect(result).toEqual({
      ok: true,
      value: fileOf(2, { id: 'd', title: 'Pipeline', tags: [] }),
    });
  });

  it('starts from the given version, skipping older steps', () => {
    const result = runMigrations(fileOf(1, { id: 'd', title: 'T' }), 1, [renameTitle, addTags], 2);
    expect(result).toEqual({ ok: true, value: fileOf(2, { id: 'd', title: 'T', tags: [] }) });
  });

  it('leaves a deep-frozen input untouched, so the steps are pure', () => {
    const input = deepFreeze(fileOf(0, { id: 'd', name: 'Pipeline' }));
    const snapshot = structuredClone(input);
    const result = runMigrations(input, 0, [renameTitle, addTags], 2);
    expect(result.ok).toBe(true);
    expect(input).toEqual(snapshot);
  });

  it('reports a step that mutates its input as a failed migration', () => {
    const mutating: Migration = {
      from: 0,
      to: 1,
      migrate(doc) {
        (doc as { title: string }).title = 'changed';
        return doc;
      },
    };
    const result = runMigrations(deepFreeze(fileOf(0, { title: 'T' })), 0, [mutating], 1);
    expect(result).toEqual({ ok: false, error: { code: 'migration-failed', fromVersion: 0 } });
  });

  it('turns a throwing step into migration-failed', () => {
    const throwing: Migration = {
      from: 0,
      to: 1,
      migrate() {
        throw new Error('broken step');
      },
    };
    expect(runMigrations(fileOf(0, {}), 0, [throwing], 1)).toEqual({
      ok: false,
      error: { code: 'migration-failed', fromVersion: 0 },
    });
  });

  it('fails when the chain has a gap', () => {
    expect(runMigrations(fileOf(0, { name: 'T' }), 0, [renameTitle], 2)).toEqual({
      ok: false,
      error: { code: 'migration-failed', fromVersion: 0 },
    });
  });

  it('fails on a step that does not move forward instead of looping', () => {
    const stuck: Migration = { from: 0, to: 0, migrate: (doc) => doc };
    expect(runMigrations(fileOf(0, {}), 0, [stuck], 1).ok).toBe(false);
  });

  it('returns a current file as it is', () => {
    const input = fileOf(CURRENT_SCHEMA_VERSION, { id: 'd' });
    const result = runMigrations(input, CURRENT_SCHEMA_VERSION);
    expect(result.ok && result.value).toBe(input);
  });

  it('cannot upgrade a version older than the first one, as none exists', () => {
    expect(runMigrations(fileOf(0, {}), 0)).toEqual({
      ok: false,
      error: { code: 'migration-failed', fromVersion: 0 },
    });
  });
});

describe('MIGRATIONS', () => {
  it('forms one contiguous chain ending at the current version', () => {
    const first = MIGRATIONS[0]?.from ?? CURRENT_SCHEMA_VERSION;
    let version = first;
    for (const step of MIGRATIONS) {
      expect(step.from).toBe(version);
      expect(step.to).toBe(version + 1);
      version = step.to;
    }
    expect(version).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('reads the version 1 fixture into a valid current document, without mutating it', () => {
    const fixture = deepFreeze(loadFixture('v1-sample.json'));
    const result = parseDocumentValue(fixture);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('Fixture: inbound pipeline');
    expect(result.value.nodes.length).toBeGreaterThan(0);
  });
});
