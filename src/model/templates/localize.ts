// Between one language and all of them: the only place that knows which fields a template writes
// per language.

import type { DocumentTexts } from './schema';
import type { NodeDetails } from '../types';
import { DETAIL_TEXT_FIELDS, type DetailTextField, type LocalizedText, type TemplateLanguage, type TemplateNodeDetails } from './types';

export interface DocumentIdentity {
  id: string;
  /** Milliseconds since the epoch, for both timestamps. */
  now: number;
}

type DetailTexts = NonNullable<DocumentTexts['nodes'][number]['details']>;

function localizeDetails(details: DetailTexts, language: TemplateLanguage): Record<string, unknown> {
  const out: Record<string, unknown> = { ...details };
  for (const field of DETAIL_TEXT_FIELDS) {
    const text = details[field];
    if (text !== undefined) out[field] = text[language];
  }
  return out;
}

/**
 * The document in one language, with the given identity. Only texts are touched and nothing is
 * checked: the result is for parse.ts's door, which turns it into a SalesDocument or an error.
 */
export function localizeDocument(doc: DocumentTexts, language: TemplateLanguage, { id, now }: DocumentIdentity): Record<string, unknown> {
  return {
    // Templates carry no walkthrough yet: each use starts with none.
    walkthrough: { steps: [] },
    ...doc,
    scenarios: (doc.scenarios ?? []).map((scenario) => ({ ...scenario, name: scenario.name[language] })),
    id,
    createdAt: now,
    updatedAt: now,
    title: doc.title[language],
    lanes: doc.lanes.map((lane) => ({ ...lane, label: lane.label[language] })),
    nodes: doc.nodes.map((node) =>
      node.details === undefined
        ? { ...node, label: node.label[language] }
        : { ...node, label: node.label[language], details: localizeDetails(node.details, language) },
    ),
    edges: doc.edges.map((edge) => (edge.label === undefined ? edge : { ...edge, label: edge.label[language] })),
  };
}

/** A text that reads the same in every language: a user's own document saved as a template. */
export function sameInEveryLanguage(text: string): LocalizedText {
  return { en: text, 'zh-CN': text };
}

/**
 * A node's details with each text in every language: taken from `texts` where it has them, else
 * the one-language text read the same in every language. Whatever is not a text (a duration) is
 * kept as it is, and every field keeps its place, so that files list the owner before the duration.
 */
export function detailsInEveryLanguage(
  details: NodeDetails,
  texts?: Partial<Record<DetailTextField, LocalizedText>>,
): TemplateNodeDetails {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    const field = DETAIL_TEXT_FIELDS.find((name) => name === key);
    out[key] = field === undefined || typeof value !== 'string' ? value : (texts?.[field] ?? sameInEveryLanguage(value));
  }
  return out as TemplateNodeDetails;
}
