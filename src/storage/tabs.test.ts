import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDocumentLock, type DocumentLock, type DocumentLockOptions, type TabRole } from './tabs';
import { FakeLockManager } from './testing/fakeLocks';

const opened: DocumentLock[] = [];

afterEach(() => {
  for (const lock of opened.splice(0)) lock.close();
});

interface Tab {
  lock: DocumentLock;
}

/** The coordination events of all tabs of a test, in the order they happened. */
type Log = string[];

function openTab(
  name: string,
  documentId: string,
  log: Log,
  options: Partial<DocumentLockOptions> = {},
): Tab {
  const lock = openDocumentLock({
    documentId,
    flush: async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      log.push(`${name} saved`);
    },
    onRoleChange: (role) => {
      log.push(`${name} ${role}`);
    },
    handOverTimeoutMs: 200,
    electionMs: 50,
    ...options,
  });
  opened.push(lock);
  return { lock };
}

let documents = 0;
function freshDocumentId(): string {
  documents += 1;
  return `doc_${documents}_${crypto.randomUUID()}`;
}

async function settled(...tabs: Tab[]): Promise<void> {
  await vi.waitFor(() => {
    for (const tab of tabs) expect(tab.lock.role()).not.toBe('pending');
  });
}

/** Messages between tabs take a moment, longer on a busy machine: wait for the roles to agree. */
async function expectRoles(tabs: Tab[], roles: TabRole[]): Promise<void> {
  await vi.waitFor(() => {
    expect(tabs.map((tab) => tab.lock.role())).toEqual(roles);
  });
}

describe.each([
  ['Web Locks', () => ({ locks: new FakeLockManager() })],
  ['BroadcastChannel election', () => ({ locks: null })],
])('one writer per document, through %s', (_name, environment) => {
  it('makes the first tab the writer and the next one a reader', async () => {
    const log: Log = [];
    const shared = environment();
    const id = freshDocumentId();
    const first = openTab('A', id, log, shared);
    await expectRoles([first], ['writer']);
    const second = openTab('B', id, log, shared);
    await expectRoles([first, second], ['writer', 'reader']);
  });

  it('hands over on request: the writer turns read-only, saves, and only then the other tab writes', async () => {
    const log: Log = [];
    const shared = environment();
    const id = freshDocumentId();
    const first = openTab('A', id, log, shared);
    await expectRoles([first], ['writer']);
    const second = openTab('B', id, log, shared);
    await expectRoles([first, second], ['writer', 'reader']);
    log.length = 0;

    await second.lock.takeOver();

    expect(log).toEqual(['A reader', 'A saved', 'B writer']);
    await expectRoles([first, second], ['reader', 'writer']);
  });

  it('takes over from a writer that does not answer (a frozen tab) after the timeout', async () => {
    const log: Log = [];
    const shared = environment();
    const id = freshDocumentId();
    const frozen = openTab('A', id, log, { ...shared, flush: () => new Promise(() => undefined) });
    await expectRoles([frozen], ['writer']);
    const second = openTab('B', id, log, shared);
    await expectRoles([frozen, second], ['writer', 'reader']);

    await second.lock.takeOver();

    await expectRoles([frozen, second], ['reader', 'writer']);
  });

  it('passes the document to a waiting tab when the writer closes', async () => {
    const log: Log = [];
    const shared = environment();
    const id = freshDocumentId();
    const first = openTab('A', id, log, shared);
    await expectRoles([first], ['writer']);
    const second = openTab('B', id, log, shared);
    await expectRoles([first, second], ['writer', 'reader']);

    first.lock.close();

    await expectRoles([second], ['writer']);
  });

  it('gives the document to the tab that asked, not to another reader', async () => {
    const log: Log = [];
    const shared = environment();
    const id = freshDocumentId();
    const first = openTab('A', id, log, shared);
    await expectRoles([first], ['writer']);
    const second = openTab('B', id, log, shared);
    const third = openTab('C', id, log, shared);
    await expectRoles([first, second, third], ['writer', 'reader', 'reader']);

    await third.lock.takeOver();
    // Longer than the hand-over grace period, in case the lock went astray afterwards.
    await new Promise((resolve) => setTimeout(resolve, 300));

    await expectRoles([first, second, third], ['reader', 'reader', 'writer']);
  });

  it('keeps documents apart', async () => {
    const log: Log = [];
    const shared = environment();
    const first = openTab('A', freshDocumentId(), log, shared);
    const second = openTab('B', freshDocumentId(), log, shared);
    await expectRoles([first, second], ['writer', 'writer']);
  });
});

describe('the BroadcastChannel election', () => {
  it('elects exactly one writer among tabs opened at the same moment', async () => {
    const log: Log = [];
    const id = freshDocumentId();
    const tabs = ['A', 'B', 'C'].map((name) => openTab(name, id, log, { locks: null }));
    await settled(...tabs);
    await vi.waitFor(() => {
      expect(tabs.filter((tab) => tab.lock.role() === 'writer')).toHaveLength(1);
    });
  });


  it('resolves two writers (one answered too late) in favour of the one that has written longer', async () => {
    const log: Log = [];
    const id = freshDocumentId();
    const tab = openTab('A', id, log, { locks: null });
    await expectRoles([tab], ['writer']);
    const other = new BroadcastChannel(`salesflow:document:${id}`);
    const heard: unknown[] = [];
    other.addEventListener('message', (event) => heard.push(event.data));
    try {
      // A newcomer that believes it is the writer too: it loses, and is told so.
      other.postMessage({ kind: 'here', from: 'aa', since: Date.now() + 1000 });
      await vi.waitFor(() => {
        expect(heard).toContainEqual(expect.objectContaining({ kind: 'here' }));
      });
      expect(tab.lock.role()).toBe('writer');

      // A writer older than this tab keeps the document.
      other.postMessage({ kind: 'here', from: 'zz', since: 0 });
      await vi.waitFor(() => {
        expect(tab.lock.role()).toBe('reader');
      });
    } finally {
      other.close();
    }
  });
});

describe('without Web Locks or BroadcastChannel', () => {
  it('lets the tab write, as nothing could coordinate it', async () => {
    const tab = openTab('A', freshDocumentId(), [], { locks: null, openChannel: null });
    await expectRoles([tab], ['writer']);
  });
});
