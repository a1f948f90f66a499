// Text from the bytes of a CSV. Excel and CRMs write UTF-8 (often with a BOM), UTF-16 (always with
// a BOM: "Unicode text"), and Chinese Excel's "CSV" is GB18030/GBK without any mark. Big5 bytes
// also decode as GB18030 without an error, into nonsense, so they are told apart by which byte
// pairs occur (see `looksLikeBig5`) and refused with a message rather than guessed.

import { err, ok, type Result } from '../../lib/result';
import type { TableReadError } from '../../model/actuals/readErrors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the encoding was marked by a byte order mark. */
  bom: boolean;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// GB2312's punctuation rows (lead A1–A3) and its hanzi (lead B0–F7), both with trail A1–FE: what
// GBK text written by Chinese Excel consists of almost entirely.
function isGb2312Pair(lead: number, trail: number): boolean {
  const leadInRange = (lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xf7);
  return leadInRange && trail >= 0xa1 && trail <= 0xfe;
}

/**
 * Big5 puts about four in ten common characters on a trail byte below 0x80 and the rest on lead
 * bytes A4–AF, where GB2312 has kana, Greek, box drawing or nothing; GBK text uses those rarely.
 */
export function looksLikeBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let gb2312 = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x81) continue;
    const trail = bytes[index + 1] ?? 0;
    pairs += 1;
    if (isGb2312Pair(lead, trail)) gb2312 += 1;
    index += 1;
  }
  return pairs > 0 && gb2312 / pairs < 0.75 && decodeStrict('big5', bytes) !== null;
}

export function decodeTableBytes(bytes: Uint8Array): Result<DecodedText, TableReadError> {
  const marked: [readonly number[], TextEncodingName][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  for (const [bom, encoding] of marked) {
    if (!startsWith(bytes, bom)) continue;
    const text = decodeStrict(encoding, bytes.subarray(bom.length));
    return text === null ? err({ code: 'unreadable-encoding' }) : ok({ text, encoding, bom: true });
  }
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return ok({ text: utf8, encoding: 'utf-8', bom: false });
  if (looksLikeBig5(bytes)) return err({ code: 'big5' });
  const gb = decodeStrict('gb18030', bytes);
  if (gb !== null) return ok({ text: gb, encoding: 'gb18030', bom: false });
  return err({ code: 'unreadable-encoding' });
}
