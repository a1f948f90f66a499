import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from './tokens';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const A = { document: 'doc-a', generation: 1 };

describe('document tokens', () => {
  it('gives back the claims of a token signed for the document and generation', () => {
    const token = signToken({ ...A, role: 'edit' }, SECRET);
    expect(verifyToken(token, SECRET, A)).toEqual({ ok: true, claims: { ...A, role: 'edit' } });
  });

  it('keeps the view role, which the server turns into a read-only connection', () => {
    const token = signToken({ ...A, role: 'view' }, SECRET);
    const verified = verifyToken(token, SECRET, A);
    expect(verified.ok && verified.claims.role).toBe('view');
  });

  it('refuses a view token whose role was rewritten to edit', () => {
    const [, signature] = signToken({ ...A, role: 'view' }, SECRET).split('.');
    const forgedBody = Buffer.from(JSON.stringify({ d: A.document, r: 'edit', g: A.generation })).toString('base64url');
    expect(verifyToken(`${forgedBody}.${signature}`, SECRET, A)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a token with one character of its signature changed', () => {
    const token = signToken({ ...A, role: 'edit' }, SECRET);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(verifyToken(token.slice(0, -1) + last, SECRET, A)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a token signed with another secret', () => {
    const token = signToken({ ...A, role: 'edit' }, 'another-secret-of-thirty-two-characters!');
    expect(verifyToken(token, SECRET, A)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a token for document A used to open document B', () => {
    const token = signToken({ ...A, role: 'edit' }, SECRET);
    expect(verifyToken(token, SECRET, { document: 'doc-b', generation: 1 })).toEqual({ ok: false, reason: 'wrong-document' });
  });

  it('refuses a token of an older generation after new links were made', () => {
    const token = signToken({ ...A, role: 'edit' }, SECRET);
    expect(verifyToken(token, SECRET, { ...A, generation: 2 })).toEqual({ ok: false, reason: 'old-generation' });
  });

  it('refuses malformed tokens without throwing', () => {
    for (const token of ['', 'abc', 'a.b.c', '.', `${Buffer.from('not json').toString('base64url')}.x`]) {
      expect(verifyToken(token, SECRET, A).ok).toBe(false);
    }
  });
});
