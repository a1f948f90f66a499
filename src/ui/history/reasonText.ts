import type { MessageKey } from '../../i18n/en';
import type { RevisionSummary } from '../../storage/revisions';

// Keyed by every reason, `unknown` included (a reason written by a newer version): a reason added
// to storage without a sentence fails to compile, instead of showing a blank in the History panel.
const REASON_KEYS: Record<RevisionSummary['reason'], MessageKey> = {
  interval: 'history.reason.interval',
  'before-layout': 'history.reason.before-layout',
  'before-import': 'history.reason.before-import',
  'before-template': 'history.reason.before-template',
  'before-bulk-delete': 'history.reason.before-bulk-delete',
  'before-restore': 'history.reason.before-restore',
  unknown: 'history.reason.unknown',
};

export function reasonKey(reason: RevisionSummary['reason']): MessageKey {
  return REASON_KEYS[reason];
}
