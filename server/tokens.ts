// Per-document access tokens: who holds a link may open that one document, as an editor or a
// viewer, until its owner asks for new links (the generation moves on). A token is its claims in
// base64url, a dot, and their HMAC-SHA256 under SALESFLOW_SECRET: the server keeps no list of
// tokens, and nobody without the secret can make one or change its role.

import { createHmac, timingSafeEqual } from 'node:crypto';

export type Role = 'edit' | 'view';

export interface TokenClaims {
  /** The shared document's name on the server. */
  document: string;
  role: Role;
  generation: number;
}

export type TokenRefusal = 'malformed' | 'bad-signature' | 'wrong-document' | 'old-generation';

function signatureOf(body: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export function signToken(claims: TokenClaims, secret: string): string {
  const body = Buffer.from(JSON.stringify({ d: claims.document, r: claims.role, g: claims.generation })).toString('base64url');
  return `${body}.${signatureOf(body, secret).toString('base64url')}`;
}

function readClaims(body: string): TokenClaims | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { d, r, g } = value as Record<string, unknown>;
  if (typeof d !== 'string' || (r !== 'edit' && r !== 'view') || typeof g !== 'number' || !Number.isSafeInteger(g)) return null;
  return { document: d, role: r, generation: g };
}

/**
 * The claims of `token` when it was signed with `secret` for `document` at its current
 * `generation`; otherwise why not. The signature is compared in constant time.
 */
export function verifyToken(
  token: string,
  secret: string,
  expected: { document: string; generation: number },
): { ok: true; claims: TokenClaims } | { ok: false; reason: TokenRefusal } {
  const [body, signature, ...rest] = token.split('.');
  if (body === undefined || signature === undefined || rest.length > 0) return { ok: false, reason: 'malformed' };
  const given = Buffer.from(signature, 'base64url');
  const wanted = signatureOf(body, secret);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return { ok: false, reason: 'bad-signature' };
  const claims = readClaims(body);
  if (claims === null) return { ok: false, reason: 'malformed' };
  if (claims.document !== expected.document) return { ok: false, reason: 'wrong-document' };
  if (claims.generation !== expected.generation) return { ok: false, reason: 'old-generation' };
  return { ok: true, claims };
}
