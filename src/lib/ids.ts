// Short unique ids for documents, nodes, edges and lanes.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 10;
// 62^10 ≈ 8e17 values: collisions stay negligible even across many 5,000-node documents.
// Bytes at or above this bound are redrawn so every character is equally likely.
const UNBIASED_BYTE_LIMIT = 256 - (256 % ALPHABET.length);

// Random bytes are drawn in batches: one getRandomValues call costs about 10 µs, which for the
// 3,000 ids of an imported 1,000-node diagram was 30 ms of the page's thread.
const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let poolAt = 0;

function nextRandomByte(source: Crypto): number {
  if (poolAt >= pool.length) {
    pool = source.getRandomValues(new Uint8Array(POOL_BYTES));
    poolAt = 0;
  }
  const byte = pool[poolAt] ?? 0;
  poolAt += 1;
  return byte;
}

function randomCharsFromCrypto(): string | null {
  const source = globalThis.crypto;
  if (typeof source?.getRandomValues === 'function') {
    let out = '';
    while (out.length < ID_LENGTH) {
      const byte = nextRandomByte(source);
      if (byte < UNBIASED_BYTE_LIMIT) out += ALPHABET[byte % ALPHABET.length];
    }
    return out;
  }
  // crypto.randomUUID exists only in secure contexts (https, localhost); getRandomValues above
  // works everywhere, so this branch is for unusual runtimes that lack it.
  if (typeof source?.randomUUID === 'function') {
    return source.randomUUID().replaceAll('-', '').slice(0, ID_LENGTH);
  }
  return null;
}

function charsFrom(random: () => number): string {
  let out = '';
  for (let i = 0; i < ID_LENGTH; i += 1) out += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'x';
  return out;
}

/** `prefix_` followed by 10 random characters, e.g. `node_k3J9aQ0xZp`. */
export function createId(prefix: string): string {
  return `${prefix}_${randomCharsFromCrypto() ?? charsFrom(Math.random)}`;
}

/**
 * Ids drawn from a seeded source instead of crypto, for the document generator and fixtures:
 * the same source gives the same ids, and the factory never repeats an id it has returned.
 */
export function createSeededIdFactory(random: () => number): (prefix: string) => string {
  const issued = new Set<string>();
  return (prefix) => {
    let id = `${prefix}_${charsFrom(random)}`;
    while (issued.has(id)) id = `${prefix}_${charsFrom(random)}`;
    issued.add(id);
    return id;
  };
}
