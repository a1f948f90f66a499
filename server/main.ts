// `npm run server`: the team server (README, "Team server"). SIGTERM and SIGINT store every open
// document before the process ends.

import { readConfig } from './config';
import { startTeamServer } from './teamServer';

const config = readConfig(process.env, process.cwd());
if ('variable' in config) {
  console.error(`Salesflow team server: ${config.variable} ${config.reason}.`);
  process.exit(1);
}
const server = await startTeamServer(config);
const storage = config.databaseUrl === undefined ? `data in ${config.dataDir}` : 'documents in PostgreSQL';
console.log(`Salesflow team server: ${server.url} (${storage}${config.redisUrl === undefined ? '' : ', linked to the other instances through Redis'})`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Salesflow team server: shutdown failed', error);
        process.exit(1);
      },
    );
  });
}
