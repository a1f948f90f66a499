// What the PDF handout is made of, in the user's language: the walkthrough's steps with their
// captions (the ones Present shows) and the texts printed on the pages.
import type { Translate, TranslatePlural } from '../../i18n/I18nProvider';
import type { HandoutJob } from '../../io/pdf/handout';
import type { PageOptions } from '../../io/pdf/pageLayout';
import type { DiagramFigures } from '../../io/svg/drawFigures';
import type { SalesDocument } from '../../model/types';
import { walkthroughNodeIds } from '../../model/walkthrough/steps';
import { captionFacts } from '../present/captionFacts';

export function handoutJob(
  document: SalesDocument,
  page: PageOptions,
  { t, tn }: { t: Translate; tn: TranslatePlural },
  figures: DiagramFigures | undefined,
): HandoutJob {
  const nodes = new Map(document.nodes.map((node) => [node.id, node]));
  const steps = walkthroughNodeIds(document).flatMap((nodeId) => {
    const node = nodes.get(nodeId);
    return node ? [{ nodeId, title: node.label, notes: node.details?.notes ?? '', facts: captionFacts(node.details, t, tn) }] : [];
  });
  // Placeholders stay for the worker to fill in, once it knows the page count.
  const keep = { number: '{number}', count: '{count}' };
  return {
    document,
    page,
    steps,
    strings: { overviewPart: t('handout.overviewPart', keep), step: t('handout.step', keep), page: t('handout.page', keep) },
    unassignedLabel: t('lane.unassigned'),
    ...(figures ? { figures } : {}),
  };
}
