import type { SharedStatus } from '../../sync/sharedSession';
import { useT } from '../../i18n/I18nProvider';

/** A shared document's state in the top bar: saved only once the team server has stored it. */
export function SharedStatusBadge({ status }: { status: SharedStatus }) {
  const t = useT();
  const trouble = status === 'offline' || status === 'refused';
  return (
    <span className={`sf-save sf-save--shared${trouble ? ' sf-save--error' : ''}`} role="status" data-shared-status={status}>
      {t(`team.status.${status}`)}
    </span>
  );
}
