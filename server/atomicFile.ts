// A file replaced whole or not at all: written beside itself, flushed to the disk, then renamed
// over the old one (a rename within a folder is atomic on POSIX file systems), and the folder
// flushed so the rename itself survives a power cut. A process killed at any moment leaves the
// old file or the new one, never half of either; that is what lets the server tell a client
// "stored" and mean it.

import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function flushFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'w', 0o600);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  flushFolder(dirname(path));
}
