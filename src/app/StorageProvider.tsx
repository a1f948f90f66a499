import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { createDatabase, openDatabase } from '../storage/database';
import { createRepository, type Repository } from '../storage/repository';
import { createTemplateRepository, type TemplateRepository } from '../storage/templates';
import { browserStorage, recoverEmergency } from '../storage/emergency';
import { persistState, type PersistenceState } from '../storage/persistence';
import type { SalesDocument } from '../model/types';

export type StorageStatus = 'opening' | 'ready' | 'unavailable' | 'blocked';

interface StorageValue {
  status: StorageStatus;
  repository: Repository | null;
  /** The team's own templates, from the same database. */
  templates: TemplateRepository | null;
  persistence: PersistenceState | null;
  /** Documents of this visit when IndexedDB is unavailable: the app still works, in memory. */
  memory: Map<string, SalesDocument>;
}

const StorageContext = createContext<StorageValue | null>(null);

/** Opens the database once; without IndexedDB the app works in memory under a banner. */
export function StorageProvider({ children }: { children: ReactNode }) {
  const [value, setValue] = useState<StorageValue>(() => ({ status: 'opening', repository: null, templates: null, persistence: null, memory: new Map() }));
  const memory = useRef(value.memory);

  useEffect(() => {
    let cancelled = false;
    const start = async () => {
      let db;
      try {
        db = createDatabase();
      } catch {
        if (!cancelled) setValue((current) => ({ ...current, status: 'unavailable' }));
        return;
      }
      let opened = await openDatabase(db);
      if (cancelled) return;
      let blocked = false;
      while (!opened.ok && opened.error.code === 'unavailable' && opened.error.reason === 'blocked') {
        // The banner asks the user to close the old tab; the open carries on behind it, so the app
        // continues by itself once that tab lets go, instead of waiting for a reload.
        blocked = true;
        setValue((current) => ({ ...current, status: 'blocked' }));
        opened = await openDatabase(db);
        if (cancelled) return;
      }
      if (!opened.ok) {
        setValue((current) => ({ ...current, status: 'unavailable' }));
        return;
      }
      const repository = createRepository(db);
      // Work done in memory while the database was blocked moves into it, or it would vanish
      // from view the moment the documents are read from the database instead. If one does not
      // fit, the app stays in memory, under the unavailable banner, rather than hide it.
      if (blocked) {
        for (const document of memory.current.values()) {
          const moved = await repository.save(document);
          if (cancelled) return;
          if (!moved.ok) {
            setValue((current) => ({ ...current, status: 'unavailable' }));
            return;
          }
        }
      }
      const storage = browserStorage();
      if (storage) await recoverEmergency(storage, repository);
      // Chromium grants persistence without a prompt; Firefox asks, so this runs once the app is open.
      const persistence = await persistState({ request: true });
      const templates = createTemplateRepository(db);
      if (!cancelled) setValue((current) => ({ ...current, status: 'ready', repository, templates, persistence }));
    };
    void start();
    return () => {
      cancelled = true;
    };
  }, []);

  return <StorageContext.Provider value={value}>{children}</StorageContext.Provider>;
}

export function useStorage(): StorageValue {
  const value = useContext(StorageContext);
  if (!value) throw new Error('useStorage needs a StorageProvider above it');
  return value;
}
