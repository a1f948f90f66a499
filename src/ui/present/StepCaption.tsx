import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import type { NodeDetails } from '../../model/types';
import type { CaptionNode } from './presenterChannel';

const TEXT_FIELDS: readonly { key: keyof NodeDetails; label: MessageKey }[] = [
  { key: 'owner', label: 'inspector.field.owner' },
  { key: 'entryCriteria', label: 'inspector.field.entryCriteria' },
  { key: 'exitCriteria', label: 'inspector.field.exitCriteria' },
  { key: 'kpi', label: 'inspector.field.kpi' },
];

/** The caption under a step: the node's label, its notes, and the details a trainer talks through. */
export function StepCaption({ node }: { node: CaptionNode }) {
  const { t, tn } = useI18n();
  const details = node.details ?? {};
  const facts = TEXT_FIELDS.flatMap(({ key, label }) => {
    const value = details[key];
    return typeof value === 'string' && value.trim() !== '' ? [{ label: t(label), value }] : [];
  });
  if (details.durationDays !== undefined) {
    facts.splice(1, 0, { label: t('present.duration'), value: tn('present.days', details.durationDays) });
  }
  return (
    <>
      <h2 className="sf-present__title">{node.label}</h2>
      {details.notes ? <p className="sf-present__notes">{details.notes}</p> : null}
      {facts.length > 0 ? (
        <dl className="sf-present__facts">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  );
}
