import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeDocumentError } from '../i18n/documentErrors';
import type { DocumentError } from './errors';
import { makeDocument, makeNode } from './fixtures/documents';
import { parseDocumentFile, parseDocumentValue, toDocumentFile } from './parse';
import { CURRENT_SCHEMA_VERSION, MAX_NODES } from './schema';
import type { DocumentFile } from './types';

// Issue 10, case 1: every kind of bad file is refused whole, with a typed error whose sentence, in
// both languages, says what is wrong and where. The valid fixture is edited one fault at a time,
// so each refusal is known to come from that fault alone.

const fixtureText = readFileSync(new URL('./fixtures/v1-sample.json', import.meta.url), 'utf8');
type Json = Record<string, unknown>;

function fixture(): DocumentFile & Json {
  return JSON.parse(fixtureText) as DocumentFile & Json;
}

/** The fixture with one edit applied to its `document`, as file text. */
function fileWith(edit: (doc: Json) => void): string {
  const file = fixture();
  edit(file.document as unknown as Json);
  return JSON.stringify(file);
}

function errorOf(text: string): DocumentError {
  const result = parseDocumentFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result).not.toHaveProperty('value');
  return result.error;
}

function sentences(error: DocumentError): [string, string] {
  const en = describeDocumentError('en', error);
  const zh = describeDocumentError('zh-CN', error);
  // Every placeholder filled: a sentence with "{path}" in it tells the user nothing.
  expect(en).not.toMatch(/[{}]/);
  expect(zh).not.toMatch(/[{}]/);
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  return [en, zh];
}

/** Reads a path such as `nodes[1].position.x` inside a record. */
function at(root: Json, path: string): { parent: Json; key: string } {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let parent: Json = root;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Json;
  return { parent, key: keys.at(-1)! };
}

describe('refused files: not ours, or not JSON at all', () => {
  it('truncated JSON, cut anywhere, is not-json', () => {
    // The last character is the newline after the closing brace: cutting it leaves a whole file.
    for (let end = 1; end < fixtureText.length - 2; end += 37) {
      expect(errorOf(fixtureText.slice(0, end)), `cut at ${end}`).toEqual({ code: 'not-json' });
    }
    const [en, zh] = sentences({ code: 'not-json' });
    expect(en).toMatch(/not valid JSON/);
    expect(zh).toMatch(/JSON/);
  });

  it('an empty file, or one of only whitespace or a byte order mark, is not-json', () => {
    for (const text of ['', ' ', '\n\r\n\t', '\uFEFF']) expect(errorOf(text)).toEqual({ code: 'not-json' });
  });

  it('a binary file renamed .json is not-json', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00]);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0x7b, 0x22]);
    for (const bytes of [png, zip]) expect(errorOf(new TextDecoder().decode(bytes))).toEqual({ code: 'not-json' });
    // UTF-16 text (what some editors save) decoded as UTF-8: NULs between the characters.
    const utf16 = new TextDecoder().decode(new Uint8Array([...'{"a":1}'].flatMap((ch) => [ch.charCodeAt(0), 0])));
    expect(errorOf(utf16)).toEqual({ code: 'not-json' });
  });

  it("another app's JSON is not-salesflow: Excalidraw, draw.io, tldraw, a bare array, our clipboard", () => {
    const others = [
      { type: 'excalidraw', version: 2, source: 'https://excalidraw.com', elements: [{ id: 'a', type: 'rectangle', x: 0, y: 0 }], appState: {} },
      { mxfile: { host: 'app.diagrams.net', diagram: [{ id: 'd', name: 'Page-1', mxGraphModel: { root: { mxCell: [{ id: '0' }] } } }] } },
      { tldrawFileFormatVersion: 1, schema: { schemaVersion: 2 }, records: [] },
      [fixture()],
      [],
      { format: 'salesflow-clipboard', version: 1, nodes: [], edges: [] },
      { format: 'Salesflow', schemaVersion: 1, document: fixture().document },
      { schemaVersion: 1, document: fixture().document },
    ];
    for (const other of others) expect(errorOf(JSON.stringify(other)), JSON.stringify(other).slice(0, 40)).toEqual({ code: 'not-salesflow' });
    for (const scalar of ['null', 'true', '0', '"salesflow"']) expect(errorOf(scalar)).toEqual({ code: 'not-salesflow' });
    // draw.io's own format is XML: not JSON at all.
    expect(errorOf('<mxfile host="app.diagrams.net"><diagram id="x">7ZdNb</diagram></mxfile>')).toEqual({ code: 'not-json' });
    const [en, zh] = sentences({ code: 'not-salesflow' });
    expect(en).toBe('This is not a Salesflow file.');
    expect(zh).toMatch(/Salesflow/);
  });
});

describe('refused files: ours, but not readable by this version', () => {
  it('a newer schemaVersion is refused without reading its document, naming both versions', () => {
    for (const version of [CURRENT_SCHEMA_VERSION + 1, 999, 2 ** 40]) {
      // The document of a newer file may look like anything; it must not be half-read.
      const text = JSON.stringify({ ...fixture(), schemaVersion: version, document: { nodes: 'new shape' } });
      const error = errorOf(text);
      expect(error).toEqual({ code: 'too-new', version, supported: CURRENT_SCHEMA_VERSION });
      const [en, zh] = sentences(error);
      expect(en).toContain(String(version));
      expect(zh).toContain(String(version));
    }
  });

  it('a version that is not a whole number is invalid at schemaVersion; one older than any is not upgradable', () => {
    for (const version of ['2', 1.5, null, true]) {
      const error = errorOf(JSON.stringify({ ...fixture(), schemaVersion: version }));
      expect(error).toEqual({ code: 'invalid', path: 'schemaVersion', reason: 'type' });
    }
    for (const version of [0, -1]) {
      const error = errorOf(JSON.stringify({ ...fixture(), schemaVersion: version }));
      expect(error).toEqual({ code: 'migration-failed', fromVersion: version });
      expect(sentences(error)[0]).toContain(String(version));
    }
  });
});

describe('refused files: ours, but damaged', () => {
  // Every required field of every record: removing it is refused at exactly its path.
  const REQUIRED = [
    'id',
    'title',
    'createdAt',
    'updatedAt',
    'settings',
    'settings.direction',
    'settings.gridSize',
    'settings.currency',
    'lanes',
    'lanes[0].id',
    'lanes[0].label',
    'nodes',
    'nodes[1].id',
    'nodes[1].kind',
    'nodes[1].label',
    'nodes[1].position',
    'nodes[1].position.y',
    'nodes[1].size',
    'nodes[1].size.width',
    'edges',
    'edges[2].id',
    'edges[2].source',
    'edges[2].target',
  ];

  it.each(REQUIRED)('a missing %s is refused, and the message names the path', (path) => {
    const error = errorOf(
      fileWith((doc) => {
        const { parent, key } = at(doc, path);
        delete parent[key];
      }),
    );
    expect(error).toEqual({ code: 'invalid', path, reason: 'required' });
    const [en, zh] = sentences(error);
    expect(en).toBe(`The file is damaged at ${path}: a required value is missing.`);
    expect(zh).toContain(path);
  });

  it('a missing envelope field is refused at its own path', () => {
    for (const key of ['writtenBy', 'document']) {
      const file: Json = fixture();
      delete file[key];
      expect(errorOf(JSON.stringify(file))).toEqual({ code: 'invalid', path: key, reason: 'required' });
    }
  });

  it('an edge to a missing node is refused at that end', () => {
    for (const end of ['source', 'target'] as const) {
      const error = errorOf(fileWith((doc) => ((doc['edges'] as Json[])[1]![end] = 'ghost')));
      expect(error).toEqual({ code: 'invalid', path: `edges[1].${end}`, reason: 'missing-node' });
      expect(sentences(error)[0]).toContain(`edges[1].${end}`);
    }
  });

  it('duplicate ids are refused in lanes, nodes and edges, at the second one', () => {
    for (const collection of ['lanes', 'nodes', 'edges']) {
      const error = errorOf(
        fileWith((doc) => {
          const items = doc[collection] as Json[];
          items.push({ ...items[0]!, ...(collection === 'edges' ? { source: items[0]!['target'], target: items[0]!['source'] } : {}) });
        }),
      );
      const index = (fixture().document[collection as 'nodes'] as unknown[]).length;
      expect(error).toEqual({ code: 'invalid', path: `${collection}[${index}].id`, reason: 'duplicate-id' });
      const [en, zh] = sentences(error);
      expect(en).toContain('the id is used twice');
      expect(zh).toContain(`${collection}[${index}].id`);
    }
  });

  it('NaN and Infinity are not-finite, in values and in file text', () => {
    for (const value of [NaN, Infinity, -Infinity]) {
      const file = fixture();
      (file.document.nodes[0]!.position as unknown as Json)['x'] = value;
      expect(parseDocumentValue(file)).toEqual({ ok: false, error: { code: 'invalid', path: 'nodes[0].position.x', reason: 'not-finite' } });
    }
    // JSON has no NaN; a number too big for a double parses as Infinity.
    expect(errorOf(fixtureText.replace('"x": 0', '"x": 1e999'))).toEqual({ code: 'invalid', path: 'nodes[0].position.x', reason: 'not-finite' });
    expect(errorOf(fixtureText.replace('"x": 0', '"x": -1e999'))).toEqual({ code: 'invalid', path: 'nodes[0].position.x', reason: 'not-finite' });
    expect(errorOf(fixtureText.replace('"x": 0', '"x": NaN'))).toEqual({ code: 'not-json' });
    expect(sentences({ code: 'invalid', path: 'nodes[0].position.x', reason: 'not-finite' })[0]).toContain('not finite');
  });

  it('negative and zero sizes are out of range', () => {
    for (const [path, value] of [
      ['nodes[0].size.width', -10],
      ['nodes[0].size.height', 0],
      ['nodes[2].size.width', -0.0001],
      ['settings.gridSize', -20],
    ] as const) {
      const error = errorOf(
        fileWith((doc) => {
          const { parent, key } = at(doc, path);
          parent[key] = value;
        }),
      );
      expect(error, path).toEqual({ code: 'invalid', path, reason: 'out-of-range' });
    }
  });

  it('absurdly large numbers and texts are refused instead of freezing the tab', () => {
    const cases: [string, unknown, string][] = [
      ['nodes[0].position.x', 1e308, 'out-of-range'],
      ['nodes[0].position.y', -Number.MAX_VALUE, 'out-of-range'],
      ['nodes[0].size.width', 1e9, 'out-of-range'],
      ['nodes[0].volume', 1e300, 'out-of-range'],
      ['nodes[1].details.durationDays', 1e20, 'out-of-range'],
      ['edges[0].conversionRate', 1e10, 'out-of-range'],
      ['createdAt', 1e300, 'out-of-range'],
      ['settings.dealValue', Number.MAX_VALUE, 'out-of-range'],
      ['nodes[0].label', 'x'.repeat(1_000_000), 'too-long'],
      ['edges[0].points', Array.from({ length: 100_000 }, () => ({ x: 0, y: 0 })), 'too-long'],
    ];
    for (const [path, value, reason] of cases) {
      const error = errorOf(
        fileWith((doc) => {
          const { parent, key } = at(doc, path);
          parent[key] = value;
        }),
      );
      expect(error, path).toEqual({ code: 'invalid', path, reason });
      expect(sentences(error)[0]).toContain(path);
    }
  });

  it(`a document over ${MAX_NODES} nodes is refused, and both languages name the cap`, () => {
    const nodes = Array.from({ length: MAX_NODES + 1 }, (_, i) => makeNode(`n${i}`));
    const result = parseDocumentValue(toDocumentFile(makeDocument({ nodes })));
    expect(result).toEqual({ ok: false, error: { code: 'invalid', path: 'nodes', reason: 'too-many-nodes', limit: MAX_NODES } });
    if (result.ok) return;
    const [en, zh] = sentences(result.error);
    expect(en).toBe(`The file is damaged at nodes: the document has more than ${MAX_NODES} nodes.`);
    expect(zh).toContain(String(MAX_NODES));
  });
});
