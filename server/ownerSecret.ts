// The sharer's key to one shared document: it stops sharing and makes new links (the links'
// generation moves on, so the old ones stop working). It is the HMAC of the document's name under
// SALESFLOW_SECRET, in a domain of its own ("owner:"), so no link token is one and the server
// keeps no list of keys; it never opens the document itself.

import { createHmac, timingSafeEqual } from 'node:crypto';

function keyOf(document: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`owner:${document}`).digest();
}

export function ownerSecretFor(document: string, secret: string): string {
  return keyOf(document, secret).toString('base64url');
}

/** Compared in constant time. */
export function isOwnerSecret(given: string, document: string, secret: string): boolean {
  const presented = Buffer.from(given, 'base64url');
  const wanted = keyOf(document, secret);
  return presented.length === wanted.length && timingSafeEqual(presented, wanted);
}
