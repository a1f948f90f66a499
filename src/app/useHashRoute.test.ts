import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH } from '../model/schema';
import { editorHash } from '../lib/documentAddress';
import { parseRoute, routeState } from './useHashRoute';

describe('parseRoute', () => {
  it('reads the library and documents, ids of any characters included', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    for (const id of ['doc-1', '报价 流程', '__proto__', 'a/b?c#d%e']) {
      expect(parseRoute(editorHash(id))).toEqual({ name: 'editor', documentId: id });
    }
  });

  it('refuses addresses that lead to no document instead of throwing', () => {
    for (const hash of ['#/doc/%', '#/doc/%E4%B8', '#/doc/', '#/docs/x', '#/unknown', '#library', '#/doc']) {
      expect(parseRoute(hash), hash).toBeNull();
    }
  });

  it('refuses an id longer than any stored one, encoded or not', () => {
    expect(parseRoute(`#/doc/${'x'.repeat(10_000)}`)).toBeNull();
    expect(parseRoute(editorHash('报'.repeat(MAX_ID_LENGTH + 1)))).toBeNull();
    expect(parseRoute(editorHash('报'.repeat(MAX_ID_LENGTH)))).toEqual({ name: 'editor', documentId: '报'.repeat(MAX_ID_LENGTH) });
  });

  it('reads the walkthrough step being presented, and refuses anything else after the id', () => {
    expect(parseRoute(editorHash('a/b', 3))).toEqual({ name: 'editor', documentId: 'a/b', presentStep: 3 });
    expect(editorHash('d1', 12)).toBe('#/doc/d1/present/12');
    for (const hash of ['#/doc/d1/present/0', '#/doc/d1/present/', '#/doc/d1/present/x', '#/doc/d1/present/1/2', '#/doc/d1/other/1', '#/doc/d1/present/999999']) {
      expect(parseRoute(hash), hash).toBeNull();
    }
  });

  it('reads a presenter view\'s channel, and refuses one a link could have tampered with', () => {
    expect(parseRoute('#/presenter/abc123def456')).toEqual({ name: 'presenter', channel: 'abc123def456' });
    for (const hash of ['#/presenter/', '#/presenter/short', '#/presenter/ABCDEFGHIJ', '#/presenter/abc123def456/x', `#/presenter/${'a'.repeat(41)}`]) {
      expect(parseRoute(hash), hash).toBeNull();
    }
  });

  it('reads a shared document\'s link, and refuses one with anything but base64url and dots', () => {
    expect(parseRoute('#/join/AbC_-1/eyJk.sig-_')).toEqual({ name: 'join', document: 'AbC_-1', token: 'eyJk.sig-_' });
    for (const hash of ['#/join/', '#/join/abc', '#/join/abc/', '#/join/abc/t/x', '#/join/a%2Fb/t', '#/join/<b>/t']) {
      expect(parseRoute(hash), hash).toBeNull();
    }
  });

  it('shows the library with a notice for a refused address', () => {
    expect(routeState('#/doc/%')).toEqual({ route: { name: 'library' }, notice: 'invalid' });
    expect(routeState('#/doc/d1')).toEqual({ route: { name: 'editor', documentId: 'd1' }, notice: null });
  });
});
