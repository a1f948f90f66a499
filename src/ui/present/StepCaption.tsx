import { useI18n } from '../../i18n/I18nProvider';
import { captionFacts } from './captionFacts';
import type { CaptionNode } from './presenterChannel';

/** The caption under a step: the node's label, its notes, and the details a trainer talks through. */
export function StepCaption({ node }: { node: CaptionNode }) {
  const { t, tn } = useI18n();
  const details = node.details ?? {};
  const facts = captionFacts(node.details, t, tn);
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
