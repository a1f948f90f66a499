import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { APP_VERSION } from '../lib/appVersion';
import { describe, it, expect } from 'vitest';
import type { DocumentError } from './errors';
import { makeChain, makeDocument, makeEdge, makeNode } from './fixtures/documents';
import { formatPath, parseDocumentFile, parseDocumentValue, serializeDocumentFile, toDocumentFile } from './parse';
import { CURRENT_SCHEMA_VERSION, MAX_NODES } from './schema';
import type { DocumentFile, SalesDocument } from './types';

const fixtureText = readFileSync(new URL('./fixtures/v1-sample.json', import.meta.url), 'utf8');

function fixture(): DocumentFile {
  return JSON.parse(fixtureText) as DocumentFile;
}

/** The version 1 fixture as version 2 reads it: lanes keyed in their order, the new collections empty. */
function migratedFixture(): SalesDocument {
  const doc = fixture().document;
  return {
    ...doc,
    lanes: doc.lanes.map((lane, index) => ({ ...lane, order: ['i', 'r'][index]! })),
    scenarios: [],
    walkthrough: { steps: [] },
  };
}

/** Parses `doc` after `edit` changed it, as if read from a file, and returns the error. */
function errorAfter(edit: (doc: SalesDocument) => void): DocumentError | undefined {
  const file = fixture();
  edit(file.document);
  const result = parseDocumentValue(file);
  expect(result).not.toHaveProperty('value');
  return result.ok ? undefined : result.error;
}

function expectFailure(result: ReturnType<typeof parseDocumentFile>, error: DocumentError) {
  expect(result).toEqual({ ok: false, error });
  expect(result).not.toHaveProperty('value');
}

describe('parseDocumentFile', () => {
  it('reads the version 1 fixture as version 2, and writes that back unchanged', () => {
    const result = parseDocumentFile(fixtureText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toStrictEqual(migratedFixture());
    const written = serializeDocumentFile(result.value, '0.1.0');
    expect(JSON.parse(written)).toEqual({ ...fixture(), schemaVersion: 2, document: migratedFixture() });
    expect(parseDocumentFile(written)).toEqual({ ok: true, value: migratedFixture() });
  });

  it('round-trips a document through serialize and parse', () => {
    const doc = makeChain();
    const result = parseDocumentFile(serializeDocumentFile(doc));
    expect(result).toEqual({ ok: true, value: doc });
  });

  it('refuses truncated JSON as not-json', () => {
    expectFailure(parseDocumentFile(fixtureText.slice(0, fixtureText.length / 2)), { code: 'not-json' });
    expectFailure(parseDocumentFile(''), { code: 'not-json' });
  });

  it('refuses JSON that is not a Salesflow envelope as not-salesflow', () => {
    const notOurs = ['[]', `[${fixtureText}]`, 'null', '42', '"salesflow"', '{}'];
    for (const text of notOurs) expectFailure(parseDocumentFile(text), { code: 'not-salesflow' });
  });

  it("refuses another app's file as not-salesflow", () => {
    const excalidraw = JSON.stringify({ type: 'excalidraw', version: 2, source: 'https://excalidraw.com', elements: [] });
    expectFailure(parseDocumentFile(excalidraw), { code: 'not-salesflow' });
    expectFailure(parseDocumentFile(JSON.stringify({ ...fixture(), format: 'tldraw' })), { code: 'not-salesflow' });
  });

  it('refuses a file from a newer version, naming both versions', () => {
    const text = JSON.stringify({ ...fixture(), schemaVersion: 999 });
    expectFailure(parseDocumentFile(text), { code: 'too-new', version: 999, supported: CURRENT_SCHEMA_VERSION });
  });

  it('refuses a schema version that is not an integer, or older than any known version', () => {
    expectFailure(parseDocumentValue({ ...fixture(), schemaVersion: '1' }), {
      code: 'invalid',
      path: 'schemaVersion',
      reason: 'type',
    });
    const unversioned: Record<string, unknown> = { ...fixture() };
    delete unversioned['schemaVersion'];
    expectFailure(parseDocumentValue(unversioned), { code: 'invalid', path: 'schemaVersion', reason: 'required' });
    expectFailure(parseDocumentValue({ ...fixture(), schemaVersion: 0 }), { code: 'migration-failed', fromVersion: 0 });
  });

  it('refuses an edge to a missing node, with its path', () => {
    const error = errorAfter((doc) => {
      const edge = doc.edges[2];
      if (edge) edge.target = 'n_nowhere';
    });
    expect(error).toEqual({ code: 'invalid', path: 'edges[2].target', reason: 'missing-node' });
  });

  it('refuses a self-loop', () => {
    const error = errorAfter((doc) => {
      doc.edges.push(makeEdge('e_loop', 'n_qualify', 'n_qualify'));
    });
    expect(error).toEqual({ code: 'invalid', path: 'edges[5].target', reason: 'self-loop' });
  });

  it('refuses a duplicate node id', () => {
    const error = errorAfter((doc) => {
      doc.nodes.push(makeNode('n_qualify'));
    });
    expect(error).toEqual({ code: 'invalid', path: 'nodes[7].id', reason: 'duplicate-id' });
  });

  it('refuses a conversion rate above 1 or below 0', () => {
    expect(
      errorAfter((doc) => {
        if (doc.edges[0]) doc.edges[0].conversionRate = 1.5;
      }),
    ).toEqual({ code: 'invalid', path: 'edges[0].conversionRate', reason: 'out-of-range' });
    expect(
      errorAfter((doc) => {
        if (doc.edges[1]) doc.edges[1].conversionRate = -0.1;
      }),
    ).toEqual({ code: 'invalid', path: 'edges[1].conversionRate', reason: 'out-of-range' });
  });

  it('refuses a NaN or infinite coordinate as not-finite', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = errorAfter((doc) => {
        if (doc.nodes[3]) doc.nodes[3].position.x = bad;
      });
      expect(error).toEqual({ code: 'invalid', path: 'nodes[3].position.x', reason: 'not-finite' });
    }
  });

  it('refuses a coordinate written as null or as a string in the file text', () => {
    // JSON cannot hold NaN: JSON.stringify writes it as null, and hand-edited files may quote it.
    const withNull = fixtureText.replace('"position": { "x": 220, "y": -4 }', '"position": { "x": null, "y": -4 }');
    const withString = fixtureText.replace('"position": { "x": 220, "y": -4 }', '"position": { "x": "NaN", "y": -4 }');
    expect(withNull).not.toBe(fixtureText);
    expectFailure(parseDocumentFile(withNull), { code: 'invalid', path: 'nodes[1].position.x', reason: 'type' });
    expectFailure(parseDocumentFile(withString), { code: 'invalid', path: 'nodes[1].position.x', reason: 'type' });
  });

  it('refuses links with a scheme other than http, https or mailto', () => {
    const refused = ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,hi', '/relative', ''];
    for (const link of refused) {
      const error = errorAfter((doc) => {
        if (doc.nodes[1]) doc.nodes[1].link = link;
      });
      expect(error).toEqual({ code: 'invalid', path: 'nodes[1].link', reason: 'link-scheme' });
    }
    for (const link of ['http://example.com', 'https://crm.example.com/view?id=1', 'mailto:sales@example.com']) {
      const file = fixture();
      if (file.document.nodes[1]) file.document.nodes[1].link = link;
      expect(parseDocumentValue(file).ok).toBe(true);
    }
  });

  it('maps other broken fields to a reason and a path', () => {
    expect(errorAfter((doc) => delete (doc.nodes[0] as Partial<SalesDocument['nodes'][0]>).label)).toEqual({
      code: 'invalid',
      path: 'nodes[0].label',
      reason: 'required',
    });
    expect(errorAfter((doc) => (doc.title = 'x'.repeat(100_001)))).toMatchObject({ path: 'title', reason: 'too-long' });
    expect(errorAfter((doc) => (doc.nodes[0]!.size.width = 0))).toMatchObject({
      path: 'nodes[0].size.width',
      reason: 'out-of-range',
    });
    expect(errorAfter((doc) => (doc.nodes[0]!.position.y = 2e7))).toMatchObject({ reason: 'out-of-range' });
    expect(errorAfter((doc) => (doc.nodes[0]!.id = ''))).toMatchObject({ path: 'nodes[0].id', reason: 'required' });
    expect(errorAfter((doc) => (doc.nodes[0]!.id = 'a"b'))).toMatchObject({ path: 'nodes[0].id', reason: 'type' });
    expect(errorAfter((doc) => (doc.nodes[0]!.id = 'x'.repeat(201)))).toMatchObject({ reason: 'too-long' });
    expect(errorAfter((doc) => ((doc.nodes[0] as { kind: string }).kind = 'hexagon'))).toMatchObject({
      path: 'nodes[0].kind',
      reason: 'type',
    });
    expect(errorAfter((doc) => (doc.settings.currency = 'usd'))).toMatchObject({ path: 'settings.currency' });
    expect(errorAfter((doc) => (doc.lanes[0]!.color = 'url(https://x)'))).toMatchObject({ path: 'lanes[0].color' });
    expect(errorAfter((doc) => (doc.nodes[0]!.volume = -1))).toMatchObject({ reason: 'out-of-range' });
    expect(errorAfter((doc) => (doc.nodes[1]!.details!.durationDays = -2))).toMatchObject({
      path: 'nodes[1].details.durationDays',
      reason: 'out-of-range',
    });
  });

  it('reports a broken envelope field by its own path', () => {
    const file = { ...fixture(), writtenBy: { app: 'salesflow' } };
    expectFailure(parseDocumentValue(file), { code: 'invalid', path: 'writtenBy.version', reason: 'required' });
    expectFailure(parseDocumentValue({ ...fixture(), document: [] }), { code: 'invalid', path: 'document', reason: 'type' });
  });

  it(`refuses more than ${MAX_NODES} nodes`, () => {
    const nodes = Array.from({ length: MAX_NODES + 1 }, (_, i) => makeNode(`n${i}`));
    const result = parseDocumentValue(toDocumentFile(makeDocument({ nodes })));
    expectFailure(result, { code: 'invalid', path: 'nodes', reason: 'too-many-nodes', limit: MAX_NODES });
    expect(parseDocumentValue(toDocumentFile(makeDocument({ nodes: nodes.slice(1) }))).ok).toBe(true);
  });

  it('accepts ids named like Object.prototype members without polluting it', () => {
    const doc = makeDocument({
      lanes: [{ order: 'k0190015', id: '__proto__', label: 'Sales' }],
      nodes: [
        makeNode('__proto__', 'start', { laneId: '__proto__' }),
        makeNode('constructor', 'stage', { laneId: '__proto__' }),
        makeNode('hasOwnProperty', 'note', { attachedTo: 'constructor' }),
      ],
      edges: [makeEdge('__proto__', '__proto__', 'constructor')],
    });
    const result = parseDocumentFile(serializeDocumentFile(doc));
    expect(result).toEqual({ ok: true, value: doc });
    expect(({} as Record<string, unknown>)['laneId']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('kind');
  });

  it('drops a "__proto__" key inside a record without touching Object.prototype', () => {
    const text = fixtureText.replace('"kind": "start",', '"kind": "start", "__proto__": { "polluted": true },');
    const result = parseDocumentFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value.nodes[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps only known fields: template metadata and unknown keys are dropped', () => {
    const file = { ...fixture(), template: { id: 't', name: 'x' } };
    const node = file.document.nodes[0] as unknown as Record<string, unknown>;
    node['color'] = 'red';
    const result = parseDocumentValue(file);
    expect(result.ok && result.value.nodes[0]).not.toHaveProperty('color');
    expect(result.ok && result.value).toStrictEqual(migratedFixture());
  });

  it('returns a document that shares no objects with its input', () => {
    const file = fixture();
    const result = parseDocumentValue(file);
    if (!result.ok) throw new Error('fixture must parse');
    result.value.nodes[0]!.position.x = 12345;
    result.value.edges.pop();
    expect(file.document.nodes[0]!.position.x).toBe(0);
    expect(file.document.edges).toHaveLength(5);
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(() => parseDocumentValue(hostile)).not.toThrow();
    expect(parseDocumentValue(hostile).ok).toBe(false);

    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseDocumentFile(text).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (document) => {
        const result = parseDocumentValue({ format: 'salesflow', schemaVersion: 1, writtenBy: fixture().writtenBy, document });
        expect(result.ok).toBe(false);
      }),
    );
  });
});

describe('toDocumentFile and serializeDocumentFile', () => {
  it('wraps the document in the current envelope', () => {
    const doc = makeChain();
    expect(toDocumentFile(doc, '1.2.3')).toEqual({
      format: 'salesflow',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      writtenBy: { app: 'salesflow', version: '1.2.3' },
      document: doc,
    });
  });

  it("stamps this build's version when none is given", () => {
    expect(toDocumentFile(makeChain()).writtenBy).toEqual({ app: 'salesflow', version: APP_VERSION });
  });

  it('indents by two spaces', () => {
    const text = serializeDocumentFile(makeChain(), '1.2.3');
    expect(text.startsWith('{\n  "format": "salesflow",\n  "schemaVersion": 2,\n')).toBe(true);
  });
});

describe('formatPath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(formatPath(['nodes', 3, 'position', 'x'])).toBe('nodes[3].position.x');
    expect(formatPath([])).toBe('');
  });
});
