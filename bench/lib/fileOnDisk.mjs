// Files handed to a file chooser by path, as the browser's own dialog does. Given as a buffer,
// Playwright builds the File inside the page, in one main-thread task of its own that contains the
// chooser's change event (4 s for a 4 MB CSV here): a long task the app never ran.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const FILES = fileURLToPath(new URL('../dist/files/', import.meta.url));

/** Writes `bytes` to bench/dist/files/`name` and answers its path, for `setInputFiles`. */
export async function fileOnDisk(name, bytes) {
  await mkdir(FILES, { recursive: true });
  const path = `${FILES}${name}`;
  await writeFile(path, bytes);
  return path;
}
