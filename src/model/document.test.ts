import { describe, it, expect } from 'vitest';
import { createDocument, DEFAULT_SETTINGS } from './document';
import { parseDocumentValue, toDocumentFile } from './parse';

describe('createDocument', () => {
  it('makes an empty, valid document stamped with the given time', () => {
    const doc = createDocument({ id: 'doc_1', title: 'Untitled', now: 1000 });
    expect(doc).toEqual({
      id: 'doc_1',
      title: 'Untitled',
      createdAt: 1000,
      updatedAt: 1000,
      settings: DEFAULT_SETTINGS,
      lanes: [],
      nodes: [],
      edges: [],
      scenarios: [],
      walkthrough: { steps: [] },
    });
    expect(parseDocumentValue(toDocumentFile(doc)).ok).toBe(true);
  });

  it('does not share its settings between documents', () => {
    const a = createDocument({ id: 'a', title: '', now: 0 });
    a.settings.gridSize = 40;
    expect(createDocument({ id: 'b', title: '', now: 0 }).settings.gridSize).toBe(DEFAULT_SETTINGS.gridSize);
  });
});
