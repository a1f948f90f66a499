// The emergency copy must be written synchronously while the page closes, and localStorage holds
// about 5 million characters per site: an 11 MB document does not fit as JSON text. A large copy
// is therefore gzipped with fflate's synchronous compressor (CompressionStream is asynchronous,
// useless in `pagehide`) and kept one byte per character, which localStorage stores losslessly.

import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';

const COMPRESSED = 'gz1:';
// Below this, plain JSON: compressing costs time for nothing while the copy fits anyway.
const COMPRESS_ABOVE_CHARS = 256 * 1024;

export function encodeCopy(json: string): string {
  if (json.length <= COMPRESS_ABOVE_CHARS) return json;
  // Level 1: the page is closing, speed matters more than the last few per cent.
  return COMPRESSED + strFromU8(gzipSync(strToU8(json), { level: 1 }), true);
}

/** The JSON text of a copy, or null when a compressed copy is cut short or corrupt. */
export function decodeCopy(stored: string): string | null {
  if (!stored.startsWith(COMPRESSED)) return stored;
  try {
    return strFromU8(gunzipSync(strToU8(stored.slice(COMPRESSED.length), true)));
  } catch {
    return null;
  }
}
