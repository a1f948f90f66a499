// Bytes as base64 text and back, for binary values inside JSON (a Yjs state vector in a message,
// a shared document's local copy in a backup). btoa and atob exist in browsers and in Node.

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Null when `text` is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
  } catch {
    return null;
  }
}
