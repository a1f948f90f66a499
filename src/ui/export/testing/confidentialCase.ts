// A document with everything that Confidential must keep out of a file: a bundled template with
// conversion rates and leads, a deal value, a scenario and actuals; and the figure texts the
// dialog would print on it, for tests to look for in each format's output.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate, TranslatePlural } from '../../../i18n/I18nProvider';
import { formatMessage } from '../../../i18n/languages';
import { pluralMessage } from '../../../i18n/plural';
import { withSampleDealData } from '../../../model/fixtures/dealData';
import { parseTemplateFile } from '../../../model/templates/parseTemplate';
import { resolveTemplate } from '../../../model/templates/resolveTemplate';
import type { SalesDocument } from '../../../model/types';
import { diagramFigures } from '../diagramFigures';

export const t: Translate = (key, params) => formatMessage('en', key, params);
export const tn: TranslatePlural = (base, count, params) => pluralMessage('en', base, count, params);

export function confidentialCase(file = 'standard-sales-process.json'): SalesDocument {
  // From the working directory, not import.meta.url: under jsdom that URL is not a file URL.
  const parsed = parseTemplateFile(readFileSync(join(process.cwd(), 'templates', file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.code);
  const resolved = resolveTemplate(parsed.value, 'en', { id: 'doc', now: 1 });
  if (!resolved.ok) throw new Error(resolved.error.code);
  const doc = resolved.value;
  const firstEdge = doc.edges.find((edge) => edge.conversionRate !== undefined)!;
  return withSampleDealData({
    ...doc,
    settings: { ...doc.settings, dealValue: 48_000, currency: 'EUR' },
    scenarios: [...doc.scenarios, { id: 'what-if', name: 'Faster demos', overrides: { edgeRates: [{ edgeId: firstEdge.id, rate: 0.77 }], startVolumes: [], durations: [] } }],
  });
}

/** Every text the forecast would print on the document: badges, chips, leak badges and the legend. */
export function figureTexts(doc: SalesDocument): string[] {
  const figures = diagramFigures(doc, 'en', t);
  return [...figures.nodes.values(), ...figures.edges.values(), ...(figures.leaks?.values() ?? []), figures.legend];
}

/**
 * Figure texts that a reader can tell apart from what people wrote: a rate written into a label or
 * a note ("Win rate 20%") stays under Confidential, so those are not looked for.
 */
export function telltaleFigures(doc: SalesDocument): string[] {
  const written = [
    doc.title,
    ...doc.nodes.flatMap((node) => [node.label, ...Object.values(node.details ?? {}).map(String)]),
    ...doc.edges.map((edge) => edge.label ?? ''),
    ...doc.lanes.map((lane) => lane.label),
  ].join('\n');
  return [...new Set(figureTexts(doc))].filter((text) => !written.includes(text));
}
