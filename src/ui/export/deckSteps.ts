// The walkthrough as the PowerPoint deck's steps: each step's slide title and its speaker notes,
// which carry what the caption shows on screen (notes, owner, duration, criteria, KPI).

import type { Translate, TranslatePlural } from '../../i18n/I18nProvider';
import type { PptxStep } from '../../io/pptx/buildPptx';
import type { FlowNode, SalesDocument } from '../../model/types';
import { walkthroughNodeIds } from '../../model/walkthrough/steps';
import { captionFacts } from '../present/captionFacts';

export function stepNotes(node: FlowNode, t: Translate, tn: TranslatePlural): string {
  const notes = node.details?.notes?.trim() ?? '';
  const facts = captionFacts(node.details, t, tn).map((fact) => t('export.pptx.fact', { label: fact.label, value: fact.value }));
  return [...(notes === '' ? [] : [notes]), ...facts].join('\n');
}

export interface DeckSteps {
  steps: PptxStep[];
  /** The first slide's notes: the steps in order, for the trainer to glance at. */
  overviewNotes: string;
}

export function deckSteps(doc: SalesDocument, t: Translate, tn: TranslatePlural): DeckSteps {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const nodes = walkthroughNodeIds(doc).flatMap((id) => byId.get(id) ?? []);
  const steps = nodes.map((node, i) => ({
    nodeId: node.id,
    title: t('export.pptx.stepTitle', { number: i + 1, count: nodes.length, label: node.label }),
    notes: stepNotes(node, t, tn),
  }));
  const overview = nodes.map((node, i) => `${i + 1}. ${node.label}`);
  return { steps, overviewNotes: nodes.length === 0 ? '' : [t('export.pptx.overviewNotes'), ...overview].join('\n') };
}
