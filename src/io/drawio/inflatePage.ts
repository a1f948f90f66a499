// A compressed draw.io page (how draw.io wrote pages before 21.1): base64 of raw deflate of the
// URI-encoded XML. Inflated in small slices with a running byte count, so a deflate bomb (a few
// kilobytes that unpack to gigabytes) stops at the cap instead of filling the worker's memory.

import { Inflate } from 'fflate';
import { err, ok, type Result } from '../../lib/result';

/** Far above any real page (a 5,000-shape diagram is a few megabytes of XML, and inflating the cap takes under a second here). */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;
const SLICE = 1024;

export type InflateError = { code: 'bad-compressed-page' } | { code: 'inflated-too-large'; limit: number };

function base64Bytes(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  try {
    const binary = atob(clean);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return null;
  }
}

export function inflatePage(text: string, limit = MAX_INFLATED_BYTES): Result<string, InflateError> {
  const bytes = base64Bytes(text);
  if (bytes === null || bytes.length === 0) return err({ code: 'bad-compressed-page' });
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let start = 0; start < bytes.length && !over; start += SLICE) {
      inflater.push(bytes.subarray(start, start + SLICE), start + SLICE >= bytes.length);
    }
  } catch {
    return err({ code: 'bad-compressed-page' });
  }
  if (over) return err({ code: 'inflated-too-large', limit });
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  let inflated: string;
  try {
    inflated = new TextDecoder('utf-8', { fatal: true }).decode(joined);
  } catch {
    return err({ code: 'bad-compressed-page' });
  }
  try {
    return ok(decodeURIComponent(inflated));
  } catch {
    return err({ code: 'bad-compressed-page' });
  }
}
