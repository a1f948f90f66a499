// The templates shipped in `templates/` at the repository root, for the gallery. Each file is its
// own chunk, fetched when the gallery first asks, so the editor's start-up never pays for them.

import type { DocumentError } from '../errors';
import { parseTemplateValue } from './parseTemplate';
import type { Template } from './types';

const FILES = import.meta.glob<unknown>('../../../templates/*.json', { import: 'default' });

export interface BundledTemplates {
  /** In gallery order: by `order`, then those without one by English name. */
  templates: Template[];
  /** Files that did not parse: a bug caught by templates.test.ts, never shown to users. */
  failures: { file: string; error: DocumentError }[];
}

export function compareTemplates(a: Template, b: Template): number {
  const orderA = a.meta.order ?? Number.POSITIVE_INFINITY;
  const orderB = b.meta.order ?? Number.POSITIVE_INFINITY;
  if (orderA !== orderB) return orderA < orderB ? -1 : 1;
  return a.meta.name.en.localeCompare(b.meta.name.en, 'en');
}

export async function loadBundledTemplates(): Promise<BundledTemplates> {
  const entries = await Promise.all(Object.entries(FILES).map(async ([file, load]) => ({ file, parsed: parseTemplateValue(await load()) })));
  const templates: Template[] = [];
  const failures: BundledTemplates['failures'] = [];
  for (const { file, parsed } of entries) {
    if (parsed.ok) templates.push(parsed.value);
    else failures.push({ file, error: parsed.error });
  }
  return { templates: templates.sort(compareTemplates), failures };
}
