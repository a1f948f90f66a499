import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '../../i18n/I18nProvider';
import { describeReadProblems } from '../../i18n/dealReadProblems';
import type { DealReadSummary } from '../../model/actuals/tableReading';
import type { FlowNode, StageMapping } from '../../model/types';
import { useEditor } from '../../store/EditorStoreProvider';

// The steps a deal can be in: never a start (leads enter there), a decision or a note.
const MAPPABLE = new Set<FlowNode['kind']>(['stage', 'end', 'subprocess', 'document', 'delay', 'data']);
// Stage names listed in the count of unmatched ones; the table shows them all.
const LISTED = 8;

interface MappingStepProps {
  fileName: string;
  rows: number;
  read: DealReadSummary;
  mapping: StageMapping[];
  onMapping: (mapping: StageMapping[]) => void;
}

/**
 * Step 2: each stage of the file onto a step of the process (several stages may share one; a
 * stage may be ignored), what could not be read, and what will be kept.
 */
export function MappingStep({ fileName, rows, read, mapping, onMapping }: MappingStepProps) {
  const { t, tn, language } = useI18n();
  const nodes = useEditor(useShallow((state) => state.document.nodes.filter((node) => MAPPABLE.has(node.kind))));
  const count = new Intl.NumberFormat(language);
  const unmatched = mapping.filter((entry) => entry.nodeId === undefined).map((entry) => entry.stage);
  const problems = describeReadProblems(language, read.problems);
  const choose = (stage: string, nodeId: string) =>
    onMapping(mapping.map((entry) => (entry.stage !== stage ? entry : nodeId === '' ? { stage } : { stage, nodeId })));
  const listed = unmatched.slice(0, LISTED).join(', ') + (unmatched.length > LISTED ? ', …' : '');
  return (
    <>
      <p className="sf-deal-import__note">
        {t('actuals.import.summary', { rows: count.format(rows), deals: count.format(read.deals), stages: count.format(read.stages.length), name: fileName })}
      </p>
      <table className="sf-deal-import__mapping">
        <caption>{t('actuals.mapping.legend')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actuals.mapping.stage')}</th>
            <th scope="col">{t('actuals.mapping.node')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.map((entry) => (
            <tr key={entry.stage} className={entry.nodeId === undefined ? 'sf-deal-import__unmapped' : undefined}>
              <th scope="row">{entry.stage}</th>
              <td>
                <select aria-label={t('actuals.mapping.select', { stage: entry.stage })} value={entry.nodeId ?? ''} onChange={(event) => choose(entry.stage, event.target.value)}>
                  <option value="">{t('actuals.mapping.ignore')}</option>
                  {nodes.map((node) => (
                    <option key={node.id} value={node.id}>
                      {node.label.length > 60 ? `${node.label.slice(0, 59)}…` : node.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={unmatched.length > 0 ? 'sf-deal-import__warning' : 'sf-deal-import__note'} role="status">
        {unmatched.length > 0 ? tn('actuals.mapping.unknown', unmatched.length, { stages: listed }) : t('actuals.mapping.allMapped')}
      </p>
      {problems.length > 0 ? (
        <section className="sf-deal-import__problems" aria-label={t('actuals.problems.title')}>
          <h3>{t('actuals.problems.title')}</h3>
          <ul>
            {problems.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="sf-deal-import__privacy">{t('actuals.privacy')}</p>
    </>
  );
}
