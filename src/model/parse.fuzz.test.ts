import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDocumentError } from '../i18n/documentErrors';
import type { DocumentError, InvalidReason } from './errors';
import { makeChain } from './fixtures/documents';
import { hostileDocument, prototypeSnapshot } from './fixtures/hostile';
import { generateDocument } from './generate';
import { parseDocumentFile, parseDocumentValue, serializeDocumentFile, toDocumentFile } from './parse';
import { CURRENT_SCHEMA_VERSION, documentSchema } from './schema';
import type { SalesDocument } from './types';
import { checkInvariants } from './validate';

// Issue 10, case 8: parseDocumentFile against thousands of mutated valid documents. A mutation
// picks a place anywhere in the file (envelope, document, any record, any field) and breaks it:
// a wrong type, a hostile number, a removed field, a duplicated id or record, a `__proto__` key,
// deep nesting, a huge text. Whatever comes in, parsing never throws and never hangs, and either
// gives a document that keeps every rule of the model, or a typed error the UI can put into words.

const fixtureText = readFileSync(new URL('./fixtures/v1-sample.json', import.meta.url), 'utf8');

const BASES: readonly string[] = [
  fixtureText,
  serializeDocumentFile(makeChain()),
  serializeDocumentFile(hostileDocument()),
  serializeDocumentFile(generateDocument({ nodes: 40, seed: 11, lanes: true })),
];

const ERROR_CODES = new Set<DocumentError['code']>(['not-json', 'not-salesflow', 'too-new', 'migration-failed', 'invalid']);
const REASONS = new Set<InvalidReason>([
  'required',
  'type',
  'not-finite',
  'out-of-range',
  'too-long',
  'duplicate-id',
  'missing-node',
  'self-loop',
  'missing-lane',
  'missing-attachment',
  'link-scheme',
  'too-many-nodes',
]);

// One mutation run takes well under 10 ms; a whole second means something went quadratic or
// loops, which is what "never hangs" rules out. Far enough from normal not to flake.
const MAX_MS_PER_CASE = 1000;

type Json = unknown;
type Path = readonly (string | number)[];

const MUTATIONS = [
  'replace',
  'remove',
  'duplicate-record',
  'steal-id',
  'proto-key',
  'nest-deeply',
  'huge-text',
  'wrap-in-array',
] as const;
type MutationKind = (typeof MUTATIONS)[number];

interface Mutation {
  kind: MutationKind;
  /** Picks the place: an index into every path of the value, modulo their count. */
  at: number;
  /** Picks a second place, for mutations that copy from elsewhere. */
  from: number;
  value: Json;
}

const hostileNumber = fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, -0, 1e308, -1e308, 2 ** 53 + 2, 5e-324, 1e21, 0.1 + 0.2, 8.64e15 + 1);
const hostileString = fc.constantFrom(
  '',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  'data:text/html,<script>x</script>',
  'https://example.com',
  'mailto:a@b.c',
  '<img src=x onerror=alert(1)>',
  'a"b',
  '\u0000',
  '\uD800',
  'url(http://evil.example/x)',
  'won',
  'start',
  'LR',
  'EUR',
  'salesflow',
);
const replacement: fc.Arbitrary<Json> = fc.oneof(
  hostileNumber,
  hostileString,
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.constant(null),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 3 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATIONS),
  at: fc.nat(),
  from: fc.nat(),
  value: replacement,
});

const fuzzCase = fc.record({
  base: fc.nat({ max: BASES.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  asText: fc.boolean(),
});

function isContainer(value: Json): value is Record<string | number, Json> {
  return typeof value === 'object' && value !== null;
}

/** Every path in the value, the root included, parents before children. */
function pathsOf(root: Json): Path[] {
  const paths: Path[] = [];
  const visit = (value: Json, path: Path, depth: number) => {
    paths.push(path);
    if (!isContainer(value) || depth > 12) return;
    for (const key of Object.keys(value)) visit(value[key], [...path, Array.isArray(value) ? Number(key) : key], depth + 1);
  };
  visit(root, [], 0);
  return paths;
}

function parentOf(root: Json, path: Path): Record<string | number, Json> | null {
  let current = root;
  for (const segment of path.slice(0, -1)) {
    if (!isContainer(current)) return null;
    current = current[segment];
  }
  return isContainer(current) ? current : null;
}

/** Sets an own property, as JSON.parse does even for "__proto__". */
function define(target: Record<string | number, Json>, key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function deepNest(depth: number): Json {
  let value: Json = 1;
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { a: value };
  return value;
}

function shallowCopy(value: Json): Json {
  if (Array.isArray(value)) return [...(value as Json[])];
  return isContainer(value) ? { ...value } : value;
}

function mutate(root: Json, change: Mutation): Json {
  const paths = pathsOf(root);
  const path = paths[change.at % paths.length]!;
  const source = paths[change.from % paths.length]!;
  if (path.length === 0) return change.kind === 'replace' ? change.value : root;
  const parent = parentOf(root, path);
  if (parent === null) return root;
  const key = path.at(-1)!;
  switch (change.kind) {
    case 'replace':
      define(parent, key, change.value);
      break;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'duplicate-record':
      // Duplicates the record at the place inside its list: same id twice. A shallow copy, because
      // the record may hold a 2,000-deep nesting from an earlier mutation, and a deep clone of that
      // overflows the test's own stack before the parser is ever called.
      if (Array.isArray(parent)) parent.push(shallowCopy(parent[Number(key)]));
      break;
    case 'steal-id': {
      // Gives this field the value of another id-like field: a duplicate id or a wrong reference.
      const other = parentOf(root, source)?.[source.at(-1)!];
      if (typeof other === 'string') define(parent, key, other);
      break;
    }
    case 'proto-key':
      define(parent, '__proto__', { polluted: true, id: 'x', nodes: [] });
      define(parent, 'constructor', { prototype: { polluted: true } });
      break;
    case 'nest-deeply':
      define(parent, key, deepNest(2000));
      break;
    case 'huge-text':
      define(parent, key, 'x'.repeat(200_000));
      break;
    case 'wrap-in-array':
      define(parent, key, [parent[key]]);
      break;
  }
  return root;
}

/** Every object and array inside a value, to prove the parsed document shares none of them. */
function objectsIn(root: Json): Set<object> {
  // A loop, not recursion: the input may hold a 2,000-deep nesting.
  const found = new Set<object>();
  const waiting: Json[] = [root];
  while (waiting.length > 0) {
    const value = waiting.pop();
    if (!isContainer(value) || found.has(value)) continue;
    found.add(value);
    for (const key of Object.keys(value)) waiting.push(value[key]);
  }
  return found;
}

function expectValidDocument(doc: SalesDocument, input: Json): void {
  expect(documentSchema.safeParse(doc).success).toBe(true);
  expect(checkInvariants(doc)).toBeNull();
  const inputObjects = objectsIn(input);
  for (const inner of objectsIn(doc)) expect(inputObjects.has(inner)).toBe(false);
  // Parsing what it gives back gives the same document: nothing is half-repaired.
  expect(parseDocumentValue(toDocumentFile(doc))).toEqual({ ok: true, value: doc });
}

function expectTypedError(error: DocumentError): void {
  expect(ERROR_CODES.has(error.code)).toBe(true);
  if (error.code === 'invalid') {
    expect(REASONS.has(error.reason)).toBe(true);
    expect(typeof error.path).toBe('string');
  }
  if (error.code === 'too-new') expect(error.version).toBeGreaterThan(CURRENT_SCHEMA_VERSION);
  // Every error the parser can give has a sentence in both languages with no placeholder left.
  for (const language of ['en', 'zh-CN'] as const) expect(describeDocumentError(language, error)).not.toMatch(/\{\w+\}/);
}

describe('parseDocumentFile under fuzzing', () => {
  it('never throws or hangs on 2,000 mutated documents, and answers a valid document or a typed error', () => {
    const prototypesBefore = prototypeSnapshot();
    const outcomes = { documents: 0, errors: 0 };
    const started = performance.now();

    fc.assert(
      fc.property(fuzzCase, ({ base, mutations, asText }) => {
        let value: Json = JSON.parse(BASES[base]!);
        for (const change of mutations) value = mutate(value, change);
        const caseStarted = performance.now();
        // As file text, NaN and Infinity turn into null on the way, as they would in a real file.
        const result = asText ? parseDocumentFile(JSON.stringify(value) ?? '') : parseDocumentValue(value);
        expect(performance.now() - caseStarted).toBeLessThan(MAX_MS_PER_CASE);
        if (result.ok) {
          outcomes.documents += 1;
          expectValidDocument(result.value, value);
        } else {
          outcomes.errors += 1;
          expectTypedError(result.error);
        }
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 2000 },
    );

    expect(prototypeSnapshot()).toEqual(prototypesBefore);
    // Both outcomes happen: some mutations are harmless (a label changed), most break a rule.
    expect(outcomes.documents).toBeGreaterThan(20);
    expect(outcomes.errors).toBeGreaterThan(500);
    // The whole run is bounded too: about 2 s on a slow machine.
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('never throws on arbitrary JSON placed anywhere in a valid file', () => {
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue({ maxDepth: 4 }), (at, value) => {
        const file: Json = JSON.parse(fixtureText);
        const mutated = mutate(file, { kind: 'replace', at, from: 0, value });
        const result = parseDocumentFile(JSON.stringify(mutated));
        if (result.ok) expectValidDocument(result.value, mutated);
        else expectTypedError(result.error);
      }),
      { numRuns: 1000 },
    );
  });
});
