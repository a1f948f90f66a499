// Storage: saving a big document through the repository against a raw Dexie put of the same
// envelope, loading it against a raw get, and listing a library of many documents, with proof that
// listing reads no body. Each database gets a fresh name, so runs never see each other's rows.
import type { DBCore, DBCoreTable } from 'dexie';
import { renderThumbnailSvg } from '../../../src/io/svg/thumbnail';
import { toDocumentFile } from '../../../src/model/parse';
import type { SalesDocument } from '../../../src/model/types';
import { createDatabase, openDatabase, type SalesflowDatabase } from '../../../src/storage/database';
import { createRepository, type Repository } from '../../../src/storage/repository';
import { putDocument } from '../../../src/storage/rows';
import { labDocument } from './documents';

// The library card's thumbnail size (src/app/EditorRoute.tsx).
const THUMBNAIL = { width: 320, height: 200 };
// Documents of the library, drawn from a few sizes so that the thumbnails differ as they would.
const LIBRARY_SIZES = [12, 24, 36, 48, 60];

interface Opened {
  db: SalesflowDatabase;
  repository: Repository;
}

let saving: (Opened & { doc: SalesDocument; envelope: ReturnType<typeof toDocumentFile>; thumbnail: string }) | null = null;
let library: (Opened & { count: number }) | null = null;
let bodyReads = 0;

const uniqueName = (what: string) => `bench-${what}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * Counts every read that reaches the bodies table, at Dexie's lowest layer (DBCore), so no read
 * path can slip past it: get, getMany, query, openCursor and count.
 */
function countBodyReads(db: SalesflowDatabase): void {
  db.use({
    stack: 'dbcore',
    name: 'bench-count-body-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'bodies') return table;
        const counted = <A extends unknown[], R>(read: (...args: A) => R) => (...args: A): R => {
          bodyReads += 1;
          return read(...args);
        };
        return {
          ...table,
          get: counted(table.get.bind(table)),
          getMany: counted(table.getMany.bind(table)),
          query: counted(table.query.bind(table)),
          openCursor: counted(table.openCursor.bind(table)),
          count: counted(table.count.bind(table)),
        };
      },
    }),
  });
}

async function open(name: string, beforeOpen?: (db: SalesflowDatabase) => void): Promise<Opened> {
  const db = createDatabase(name);
  beforeOpen?.(db);
  const opened = await openDatabase(db);
  if (!opened.ok) throw new Error(`IndexedDB did not open: ${opened.error.code}`);
  return { db, repository: createRepository(db) };
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.code}`);
  return result.value;
}

export const storage = {
  async prepareSave(nodes: number): Promise<void> {
    const opened = await open(uniqueName('save'));
    const { doc } = labDocument(nodes, true);
    const thumbnail = renderThumbnailSvg(doc, THUMBNAIL);
    // The first save creates the rows; the measured ones overwrite them, as autosave does.
    unwrap(await opened.repository.save(doc, thumbnail), 'save');
    saving = { ...opened, doc, envelope: toDocumentFile(doc), thumbnail };
  },

  /** What autosave does on most changes: metadata and body in one transaction, thumbnail kept. */
  async saveApp(): Promise<number> {
    if (saving === null) throw new Error('prepareSave first');
    const start = performance.now();
    unwrap(await saving.repository.save(saving.doc), 'save');
    return performance.now() - start;
  },

  /** The floor: one Dexie put of the same envelope object into the bodies table. */
  async saveBare(): Promise<number> {
    if (saving === null) throw new Error('prepareSave first');
    const start = performance.now();
    await saving.db.bodies.put({ id: saving.doc.id, file: saving.envelope });
    return performance.now() - start;
  },

  /** What autosave adds every ten seconds and on leaving the document: drawing the thumbnail. */
  thumbnail(): number {
    if (saving === null) throw new Error('prepareSave first');
    const start = performance.now();
    renderThumbnailSvg(saving.doc, THUMBNAIL);
    return performance.now() - start;
  },

  /** Opening: the body read back through validation and migration. */
  async loadApp(): Promise<number> {
    if (saving === null) throw new Error('prepareSave first');
    const start = performance.now();
    unwrap(await saving.repository.load(saving.doc.id), 'load');
    return performance.now() - start;
  },

  async loadBare(): Promise<number> {
    if (saving === null) throw new Error('prepareSave first');
    const start = performance.now();
    const row = await saving.db.bodies.get(saving.doc.id);
    if (row === undefined) throw new Error('no body row');
    return performance.now() - start;
  },

  /** A library of `count` documents with real thumbnails, written as the app writes its rows. */
  async prepareLibrary(count: number): Promise<void> {
    const opened = await open(uniqueName('library'), countBodyReads);
    const models = LIBRARY_SIZES.map((nodes) => {
      const { doc } = labDocument(nodes, nodes % 24 === 0);
      return { doc, thumbnail: renderThumbnailSvg(doc, THUMBNAIL) };
    });
    const { db } = opened;
    await db.transaction('rw', db.meta, db.bodies, async () => {
      for (let i = 0; i < count; i += 1) {
        const model = models[i % models.length]!;
        const doc = { ...model.doc, id: `library-${i}`, title: `Sales process ${i}`, updatedAt: model.doc.updatedAt + i * 60_000 };
        await putDocument(db, doc, model.thumbnail, undefined);
      }
    });
    library = { ...opened, count };
  },

  async listApp(): Promise<{ ms: number; bodyReads: number; listed: number }> {
    if (library === null) throw new Error('prepareLibrary first');
    const readsBefore = bodyReads;
    const start = performance.now();
    const listed = unwrap(await library.repository.list(), 'list');
    return { ms: performance.now() - start, bodyReads: bodyReads - readsBefore, listed: listed.length };
  },

  /** The floor: every metadata row, raw. */
  async listBare(): Promise<number> {
    if (library === null) throw new Error('prepareLibrary first');
    const start = performance.now();
    await library.db.meta.toArray();
    return performance.now() - start;
  },

  /**
   * Proof that the library reads no body, two ways: the counter sees no body read while listing
   * (and does see the one a load makes, so it is not blind), and the list is identical after every
   * body has been deleted. Destroys the library's bodies: run it last.
   */
  async proveNoBodyRead(): Promise<{ bodyReadsWhileListing: number; bodyReadsSeenByOneLoad: number; sameListWithoutBodies: boolean; listed: number }> {
    if (library === null) throw new Error('prepareLibrary first');
    const { repository, db } = library;
    let readsBefore = bodyReads;
    const before = unwrap(await repository.list(), 'list');
    const bodyReadsWhileListing = bodyReads - readsBefore;
    readsBefore = bodyReads;
    unwrap(await repository.load('library-0'), 'load');
    const bodyReadsSeenByOneLoad = bodyReads - readsBefore;
    await db.bodies.clear();
    const after = unwrap(await repository.list(), 'list');
    return {
      bodyReadsWhileListing,
      bodyReadsSeenByOneLoad,
      sameListWithoutBodies: JSON.stringify(before) === JSON.stringify(after),
      listed: before.length,
    };
  },
};
