import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, pixelAt } from './decodePng';

// A minimal encoder, only for these tests: it writes each row with the filter given for it, so
// that every filter type has to be undone correctly.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(body).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function encode(width: number, height: number, channels: 3 | 4, pixels: Uint8Array, filters: number[]): Buffer {
  const stride = width * channels;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const filter = filters[y % filters.length] ?? 0;
    raw[y * (stride + 1)] = filter;
    for (let i = 0; i < stride; i++) {
      const x = pixels[y * stride + i] ?? 0;
      const a = i >= channels ? (pixels[y * stride + i - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + i] ?? 0) : 0;
      const c = y > 0 && i >= channels ? (pixels[(y - 1) * stride + i - channels] ?? 0) : 0;
      const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      raw[y * (stride + 1) + 1 + i] = (x - predicted) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = channels === 4 ? 6 : 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    // Two IDAT chunks: the decoder must join them before inflating.
    ...(() => {
      const data = deflateSync(raw);
      const half = Math.floor(data.length / 2);
      return [chunk('IDAT', data.subarray(0, half)), chunk('IDAT', data.subarray(half))];
    })(),
    chunk('IEND', new Uint8Array()),
  ]);
}

function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

describe('decodePng', () => {
  it.each([3, 4] as const)('undoes every filter type, %i channels', (channels) => {
    const width = 7;
    const height = 10;
    const pixels = noise(width * height * channels, channels);
    const image = decodePng(encode(width, height, channels, pixels, [0, 1, 2, 3, 4]));
    expect(image.width).toBe(width);
    expect(image.height).toBe(height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * channels;
        const expected = [pixels[i], pixels[i + 1], pixels[i + 2], channels === 4 ? pixels[i + 3] : 255];
        expect(pixelAt(image, x, y), `${x},${y}`).toEqual(expected);
      }
    }
  });

  it('refuses what it cannot read, with a reason', () => {
    expect(() => decodePng(new Uint8Array([1, 2, 3]))).toThrow(/not a PNG/);
    const png = encode(1, 1, 3, new Uint8Array([1, 2, 3]), [0]);
    const paletted = Buffer.from(png);
    paletted[8 + 8 + 9] = 3;
    expect(() => decodePng(paletted)).toThrow(/colour type 3/);
    const badFilter = encode(1, 1, 3, new Uint8Array([1, 2, 3]), [7]);
    expect(() => decodePng(badFilter)).toThrow(/filter type 7/);
  });
});
