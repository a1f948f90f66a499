import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { deepFreeze } from '../lib/deepFreeze';
import { MIGRATIONS, runMigrations, type Migration } from './migrations';
import { parseDocumentValue, serializeDocumentFile } from './parse';
import { parseTemplateValue } from './templates/parseTemplate';
import { resolveTemplate } from './templates/resolveTemplate';
import type { SalesDocument } from './types';
import { CURRENT_SCHEMA_VERSION, documentSchema } from './schema';

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

describe('version 1 to 2', () => {
  const templateText = (name: string) => readFileSync(new URL(`../../templates/${name}`, import.meta.url), 'utf8');
  // Templates that ship an example scenario are written at version 2 (templates/CONTEXT.md).
  const templateFiles = readdirSync(new URL('../../templates/', import.meta.url))
    .filter((name) => name.endsWith('.json'))
    .filter((name) => (JSON.parse(templateText(name)) as { schemaVersion: number }).schemaVersion === 1);

  it('gives lanes order keys in their order, and empty scenarios and walkthrough', () => {
    const fixture = deepFreeze(loadFixture('v1-sample.json')) as { document: { lanes: { id: string }[] } };
    const migrated = runMigrations(fixture, 1);
    if (!migrated.ok) throw new Error('migration failed');
    const doc = (migrated.value as { schemaVersion: number; document: SalesDocument }).document;
    expect((migrated.value as { schemaVersion: number }).schemaVersion).toBe(2);
    expect(doc.lanes.map((lane) => lane.id)).toEqual(fixture.document.lanes.map((lane) => lane.id));
    const orders = doc.lanes.map((lane) => lane.order);
    expect([...orders].sort()).toEqual(orders);
    expect(new Set(orders).size).toBe(orders.length);
    expect(doc.scenarios).toEqual([]);
    expect(doc.walkthrough).toEqual({ steps: [] });
  });

  it.each(templateFiles)('migrates the template %s, written at version 1, to a valid version 2 document in both languages', (name) => {
    const file = JSON.parse(templateText(name)) as { schemaVersion: number };
    const template = parseTemplateValue(file);
    if (!template.ok) throw new Error(`${name}: ${template.error.code}`);
    for (const language of ['en', 'zh-CN'] as const) {
      const doc = resolveTemplate(template.value, language, { id: 'd', now: 0 });
      if (!doc.ok) throw new Error(`${name} ${language}: ${JSON.stringify(doc.error)}`);
      expect(documentSchema.safeParse(doc.value).success).toBe(true);
      expect(doc.value.lanes.every((lane, index, lanes) => index === 0 || lanes[index - 1]!.order < lane.order)).toBe(true);
    }
  });

  it('opens a version 2 file as it is, and refuses a version 3 file as too new', () => {
    const current = parseDocumentValue(loadFixture('v1-sample.json'));
    if (!current.ok) throw new Error('fixture must parse');
    const v2 = JSON.parse(serializeDocumentFile(current.value)) as { schemaVersion: number };
    expect(v2.schemaVersion).toBe(2);
    expect(parseDocumentValue(v2)).toEqual({ ok: true, value: current.value });
    expect(parseDocumentValue({ ...v2, schemaVersion: 3 })).toEqual({ ok: false, error: { code: 'too-new', version: 3, supported: 2 } });
  });

  it('drops scenario values and walkthrough steps whose record is gone, and sorts lanes by their keys', () => {
    const current = parseDocumentValue(loadFixture('v1-sample.json'));
    if (!current.ok) throw new Error('fixture must parse');
    const doc = current.value;
    const node = doc.nodes[0]!.id;
    const edge = doc.edges[0]!.id;
    const file = JSON.parse(
      serializeDocumentFile({
        ...doc,
        lanes: [...doc.lanes].reverse(),
        scenarios: [
          {
            id: 's1',
            name: 'Qualify better',
            overrides: {
              edgeRates: [{ edgeId: edge, rate: 0.5 }, { edgeId: 'gone', rate: 0.1 }],
              startVolumes: [{ nodeId: 'gone', volume: 3 }],
              durations: [{ nodeId: node, days: 2 }],
            },
          },
        ],
        walkthrough: { steps: [{ id: 'w1', nodeId: 'gone', order: 'i' }, { id: 'w2', nodeId: node, order: 'r' }] },
      }),
    ) as unknown;
    const read = parseDocumentValue(file);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.lanes).toEqual(doc.lanes);
    expect(read.value.scenarios[0]!.overrides).toEqual({ edgeRates: [{ edgeId: edge, rate: 0.5 }], startVolumes: [], durations: [{ nodeId: node, days: 2 }] });
    expect(read.value.walkthrough.steps.map((step) => step.id)).toEqual(['w2']);
  });
});
