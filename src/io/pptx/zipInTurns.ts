// The deck's package, zipped one part at a time. On the page (where a cancel signal is given) the
// page gets turns between parts: zipped in one call, a 50-step deck held the main thread for
// about 70 ms at the end of the export.

import { Zip, ZipDeflate } from 'fflate';
import { workSlices } from '../../lib/workSlices';

/** The zip of `parts` in their order; null when `signal` aborted it on the way. */
export async function zipInTurns(parts: readonly (readonly [string, Uint8Array])[], signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer> | null> {
  const aborted = signal ? workSlices(signal) : null;
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // Parts deflated synchronously hand their bytes to this callback before push() returns.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [name, bytes] of parts) {
    if (aborted && (await aborted())) return null;
    const part = new ZipDeflate(name, { level: 6 });
    zip.add(part);
    part.push(bytes, true);
  }
  zip.end();
  if (failure !== null) throw failure;
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
