// The facts under a walkthrough step (owner, duration, criteria, KPI), in the user's language: one
// list for the caption on screen and the handout's step pages.

import type { Translate, TranslatePlural } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import type { NodeDetails } from '../../model/types';

export interface CaptionFact {
  label: string;
  value: string;
}

const TEXT_FIELDS: readonly { key: keyof NodeDetails; label: MessageKey }[] = [
  { key: 'owner', label: 'inspector.field.owner' },
  { key: 'entryCriteria', label: 'inspector.field.entryCriteria' },
  { key: 'exitCriteria', label: 'inspector.field.exitCriteria' },
  { key: 'kpi', label: 'inspector.field.kpi' },
];

export function captionFacts(details: NodeDetails | undefined, t: Translate, tn: TranslatePlural): CaptionFact[] {
  const facts = TEXT_FIELDS.flatMap(({ key, label }) => {
    const value = details?.[key];
    return typeof value === 'string' && value.trim() !== '' ? [{ label: t(label), value }] : [];
  });
  if (details?.durationDays !== undefined) {
    facts.splice(1, 0, { label: t('present.duration'), value: tn('present.days', details.durationDays) });
  }
  return facts;
}
