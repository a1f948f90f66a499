// Every bundled template opened in each language, through the same door as the gallery: the
// documents that the exporters and importers are tested on.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplateFile } from '../../model/templates/parseTemplate';
import { resolveTemplate } from '../../model/templates/resolveTemplate';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../../model/templates/types';
import type { SalesDocument } from '../../model/types';

// From the working directory, not import.meta.url: under jsdom that URL is not a file URL.
const DIR = join(process.cwd(), 'templates');

export interface TemplateDocument {
  name: string;
  language: TemplateLanguage;
  document: SalesDocument;
}

export function templateDocuments(): TemplateDocument[] {
  const files = readdirSync(DIR)
    .filter((file) => file.endsWith('.json'))
    .sort();
  return files.flatMap((file) => {
    const parsed = parseTemplateFile(readFileSync(join(DIR, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.error)}`);
    return TEMPLATE_LANGUAGES.map((language) => {
      const resolved = resolveTemplate(parsed.value, language, { id: `${parsed.value.meta.id}-${language}`, now: 0 });
      if (!resolved.ok) throw new Error(`${file} in ${language}: ${JSON.stringify(resolved.error)}`);
      return { name: file.replace(/\.json$/, ''), language, document: resolved.value };
    });
  });
}
