// Writing templates: the file of a template (the document envelope plus `template` metadata), and
// a user's document turned into a template of the team's own.

import { APP_VERSION } from '../../lib/appVersion';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { FILE_FORMAT, type SalesDocument, type WrittenBy } from '../types';
import { detailsInEveryLanguage, sameInEveryLanguage } from './localize';
import type { Template, TemplateDocument, TemplateMeta } from './types';

export interface TemplateFile {
  format: typeof FILE_FORMAT;
  schemaVersion: number;
  writtenBy: WrittenBy;
  template: TemplateMeta;
  document: TemplateDocument;
}

/** The file envelope; `writtenByVersion` defaults to this build's version. */
export function toTemplateFile(template: Template, writtenByVersion: string = APP_VERSION): TemplateFile {
  return {
    format: FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    writtenBy: { app: 'salesflow', version: writtenByVersion },
    template: template.meta,
    document: template.document,
  };
}

/** The file as JSON, indented by two spaces like a document file, so that templates diff well. */
export function serializeTemplateFile(template: Template, writtenByVersion?: string): string {
  return `${JSON.stringify(toTemplateFile(template, writtenByVersion), null, 2)}\n`;
}

/**
 * A document as a template of the team's own ("Save as template"): every text reads as the
 * document has it, in every language, until someone translates it. The document's identity and
 * times are left behind; each use of the template gets its own. Its actuals (`dealData`, the
 * team's measured deals) never go into a template (issue 19): a template is shared, and
 * `TemplateDocument` has no place for them, so the door drops them from a hand-edited file too.
 */
export function templateFromDocument(doc: SalesDocument, meta: TemplateMeta): Template {
  return {
    meta: structuredClone(meta),
    document: {
      title: sameInEveryLanguage(doc.title),
      settings: structuredClone(doc.settings),
      lanes: doc.lanes.map((lane) => ({ ...lane, label: sameInEveryLanguage(lane.label) })),
      nodes: doc.nodes.map((source) => {
        const node = structuredClone(source);
        const label = sameInEveryLanguage(node.label);
        const { details, ...rest } = node;
        return details === undefined ? { ...rest, label } : { ...node, label, details: detailsInEveryLanguage(details) };
      }),
      edges: doc.edges.map((source) => {
        const edge = structuredClone(source);
        const { label, ...rest } = edge;
        return label === undefined ? rest : { ...edge, label: sameInEveryLanguage(label) };
      }),
      ...(doc.scenarios.length > 0
        ? { scenarios: doc.scenarios.map((scenario) => ({ ...structuredClone(scenario), name: sameInEveryLanguage(scenario.name) })) }
        : {}),
    },
  };
}
