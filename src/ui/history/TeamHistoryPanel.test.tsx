// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import { makeChain } from '../../model/fixtures/documents';
import { serializeDocumentFile } from '../../model/parse';
import { EditorCommandsProvider } from '../../store/EditorCommandsProvider';
import { EditorStoreProvider } from '../../store/EditorStoreProvider';
import { createEditorStore, type EditorStore } from '../../store/editorStore';
import { TeamHistoryPanel } from './TeamHistoryPanel';

const noLayout = { layout: () => Promise.reject(new Error('no layout in this test')) };
const entry = { name: 'team-doc', token: 'edit.token', role: 'edit' as const };
const shared = { ...makeChain(), title: 'As shared' };

afterEach(() => vi.unstubAllGlobals());

/** A team server that lists one snapshot, answers it, and keeps the current version when `keeps`. */
function serverAnswering({ keeps }: { keeps: boolean }) {
  const asked: string[] = [];
  const fetchImpl = vi.fn(async (path: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    asked.push(`${method} ${path}`);
    if (method === 'POST') return keeps ? Response.json({ snapshot: { id: 2, createdAt: 2000, reason: 'before-restore', nodeCount: 3 } }, { status: 201 }) : Response.json({ error: 'permission-denied' }, { status: 403 });
    if (path.endsWith('/snapshots')) return Response.json({ snapshots: [{ id: 1, createdAt: 1000, reason: 'shared', nodeCount: shared.nodes.length }] });
    return new Response(serializeDocumentFile(shared));
  });
  vi.stubGlobal('fetch', fetchImpl);
  return asked;
}

function renderPanel(language: Language = 'en'): EditorStore {
  const store = createEditorStore({ ...makeChain(), title: 'Edited since' }, () => 1000);
  render(
    <I18nProvider language={language}>
      <EditorStoreProvider store={store}>
        <EditorCommandsProvider unassignedLaneLabel="Unassigned" layoutService={noLayout} snapshot={() => Promise.resolve(true)}>
          <TeamHistoryPanel entry={entry} onClose={() => undefined} />
        </EditorCommandsProvider>
      </EditorStoreProvider>
    </I18nProvider>,
  );
  return store;
}

async function chooseAndRestore(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: /When it was shared/ }));
  const restore = screen.getByRole<HTMLButtonElement>('button', { name: 'Restore this version' });
  await waitFor(() => expect(restore.disabled).toBe(false));
  fireEvent.click(restore);
}

describe('TeamHistoryPanel', () => {
  it('restores a version of the team server after asking it to keep the current one, as one undo step', async () => {
    const asked = serverAnswering({ keeps: true });
    const store = renderPanel();
    await chooseAndRestore();
    await waitFor(() => expect(store.getState().document.title).toBe('As shared'));
    expect(asked).toEqual(['GET /api/documents/team-doc/snapshots', 'GET /api/documents/team-doc/snapshots/1', 'POST /api/documents/team-doc/snapshots']);
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('restores nothing when the server does not keep the current version first', async () => {
    serverAnswering({ keeps: false });
    const store = renderPanel();
    await chooseAndRestore();
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'The current version could not be kept first, so nothing was restored.');
    expect(store.getState().document.title).toBe('Edited since');
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('says so when the team server does not answer, in the user\'s language', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    renderPanel('zh-CN');
    expect((await screen.findByRole('alert')).textContent).toBe('团队服务器没有响应，暂时无法显示其保存的版本。');
    expect(screen.queryByText(/还没有保存的版本/)).toBeNull();
  });
});
