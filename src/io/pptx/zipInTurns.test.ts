import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipInTurns } from './zipInTurns';

const PARTS: [string, Uint8Array][] = [
  ['[Content_Types].xml', strToU8('<Types/>')],
  ['ppt/slides/slide1.xml', strToU8('<p:sld>'.repeat(5_000))],
  ['docProps/app.xml', strToU8('')],
];

describe('zipInTurns', () => {
  it('writes every part, in order, as fflate reads them back', async () => {
    for (const signal of [undefined, new AbortController().signal]) {
      const zipped = await zipInTurns(PARTS, signal);
      expect(zipped).not.toBeNull();
      const read = unzipSync(zipped!);
      expect(Object.keys(read)).toEqual(PARTS.map(([name]) => name));
      for (const [name, bytes] of PARTS) expect(read[name]).toEqual(bytes);
      // Deflated: the repeated slide shrinks.
      expect(zipped!.length).toBeLessThan(5_000);
    }
  });

  it('gives the page turns on a long job, and stops at the first turn after its signal aborts', async () => {
    // Parts that take far longer than one slice to deflate: noise does not compress.
    let seed = 7;
    const noise = () => Uint8Array.from({ length: 1 << 20 }, () => (seed = (seed * 1_103_515_245 + 12_345) >>> 0) >>> 24);
    const parts: [string, Uint8Array][] = Array.from({ length: 8 }, (_, index) => [`part${index}.bin`, noise()]);
    const controller = new AbortController();
    let turnsTaken = 0;
    const pending = zipInTurns(parts, controller.signal);
    setTimeout(() => {
      turnsTaken += 1;
      controller.abort();
    }, 0);
    expect(await pending).toBeNull();
    expect(turnsTaken).toBe(1);
    expect(await zipInTurns(PARTS, controller.signal)).toBeNull();
  });
});
