// Where this server keeps shared documents: PostgreSQL when DATABASE_URL is set, else SQLite in
// DATA_DIR.

import type { ServerConfig } from './config';
import type { DocumentStorage } from './documentStorage';
import { PostgresDocumentStore } from './postgresStore';
import { openSqliteStorage } from './sqliteStorage';

export function openStorage(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>): Promise<DocumentStorage> {
  return config.databaseUrl === undefined ? openSqliteStorage(config.dataDir) : PostgresDocumentStore.open(config.databaseUrl);
}
