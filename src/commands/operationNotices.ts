import type { OperationError, OperationNote } from '../model/errors';
import type { Notice } from './context';

/** What to tell the user when an edit was refused; null when there is nothing useful to say. */
export function noticeForRefusal(error: OperationError): Notice | null {
  switch (error.code) {
    case 'self-loop':
      return { key: 'notice.selfLoop', tone: 'error' };
    case 'duplicate-edge':
      return { key: 'notice.duplicateEdge', tone: 'error' };
    case 'read-only':
      return { key: 'notice.readOnly', tone: 'error' };
    case 'out-of-limits':
      return { key: 'notice.outOfLimits', params: { path: error.path }, tone: 'error' };
    case 'too-many': {
      const keys = {
        nodes: 'notice.tooManyNodes',
        edges: 'notice.tooManyEdges',
        lanes: 'notice.tooManyLanes',
        scenarios: 'notice.tooManyScenarios',
        walkthroughSteps: 'notice.tooManySteps',
      } as const;
      return { key: keys[error.collection], params: { limit: error.limit }, tone: 'error' };
    }
    // A record that vanished under a stale panel, or an id clash: nothing the user can act on.
    case 'not-found':
    case 'missing-node':
    case 'duplicate-id':
      return null;
  }
}

export function noticeForNote(note: OperationNote): Notice {
  switch (note.code) {
    case 'text-clamped':
      return { key: 'notice.textClamped', params: { limit: note.limit }, tone: 'info' };
    case 'position-clamped':
      return { key: 'notice.positionClamped', params: { limit: note.limit }, tone: 'info' };
  }
}
