// The door for templates: bundled files, a team's template imported from a file, and rows of the
// user's own templates. The metadata and the texts of every language are checked here; then the
// document in each language goes through parse.ts like any imported file, so the two doors can
// never disagree about what a valid document is.

import { err, ok, type Result } from '../../lib/result';
import type { DocumentError, InvalidReason } from '../errors';
import { formatPath, nodeCountError, parseDocumentValue, parseJsonText, readEnvelope, valueAt } from '../parse';
import type { SalesDocument } from '../types';
import type { z } from '../zodConfig';
import { detailsInEveryLanguage, localizeDocument, sameInEveryLanguage } from './localize';
import { templateFileSchema } from './schema';
import { TEMPLATE_LANGUAGES, type Template, type TemplateDocument, type TemplateLanguage } from './types';

type TemplateFileTexts = z.infer<typeof templateFileSchema>;

// Only the issues the template schema can raise: missing or mistyped texts, over-long names and
// descriptions, an unknown category, a bad id or order.
function reasonFor(issue: z.core.$ZodIssue, input: unknown): InvalidReason {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? 'required' : 'type';
    case 'too_big':
      return issue.origin === 'number' ? 'out-of-range' : 'too-long';
    case 'too_small':
      return issue.origin === 'number' ? 'out-of-range' : 'required';
    case 'custom': {
      const reason: unknown = issue.params?.['reason'];
      return typeof reason === 'string' ? (reason as InvalidReason) : 'type';
    }
    default:
      return 'type';
  }
}

function schemaError(error: z.ZodError, input: unknown): DocumentError {
  const issue = error.issues[0];
  if (issue === undefined) return { code: 'invalid', path: '', reason: 'type' };
  // Paths inside the document drop the envelope's `document.` prefix, as parse.ts reports them.
  const path = issue.path.length > 1 && issue.path[0] === 'document' ? issue.path.slice(1) : issue.path;
  return { code: 'invalid', path: formatPath(path), reason: reasonFor(issue, input) };
}

function documentInLanguage(file: TemplateFileTexts, language: TemplateLanguage): Result<SalesDocument, DocumentError> {
  return parseDocumentValue({
    format: file.format,
    schemaVersion: file.schemaVersion,
    writtenBy: file.writtenBy,
    // Identity and times are given afresh by each use of the template (resolveTemplate.ts).
    document: localizeDocument(file.document, language, { id: file.template.id, now: 0 }),
  });
}

/**
 * The typed template: every field as the door returned it (checked, migrated, unknown keys
 * dropped), with each text back in every language. Records are matched by id, so a migration that
 * reorders them cannot mix texts up; a record a migration added reads the same in every language.
 */
function assemble(file: TemplateFileTexts, doc: SalesDocument): Template {
  const texts = file.document;
  const laneTexts = new Map(texts.lanes.map((lane) => [lane.id, lane]));
  const nodeTexts = new Map(texts.nodes.map((node) => [node.id, node]));
  const edgeTexts = new Map(texts.edges.map((edge) => [edge.id, edge]));
  const scenarioTexts = new Map((texts.scenarios ?? []).map((scenario) => [scenario.id, scenario.name]));
  const document: TemplateDocument = {
    title: texts.title,
    settings: doc.settings,
    lanes: doc.lanes.map((lane) => ({ ...lane, label: laneTexts.get(lane.id)?.label ?? sameInEveryLanguage(lane.label) })),
    // Spread over the whole record where possible, so that each text keeps its place in the file.
    nodes: doc.nodes.map((node) => {
      const source = nodeTexts.get(node.id);
      const label = source?.label ?? sameInEveryLanguage(node.label);
      const { details, ...rest } = node;
      return details === undefined ? { ...rest, label } : { ...node, label, details: detailsInEveryLanguage(details, source?.details) };
    }),
    edges: doc.edges.map((edge) => {
      const { label, ...rest } = edge;
      return label === undefined ? rest : { ...edge, label: edgeTexts.get(edge.id)?.label ?? sameInEveryLanguage(label) };
    }),
  };
  if (doc.scenarios.length > 0) {
    document.scenarios = doc.scenarios.map((scenario) => ({ ...scenario, name: scenarioTexts.get(scenario.id) ?? sameInEveryLanguage(scenario.name) }));
  }
  return { meta: file.template, document };
}

function parseTemplateEnvelope(value: unknown): Result<Template, DocumentError> {
  const envelope = readEnvelope(value);
  if (!envelope.ok) return envelope;
  const tooMany = nodeCountError(valueAt(value, ['document', 'nodes']));
  if (tooMany !== null) return err(tooMany);

  const parsed = templateFileSchema.safeParse(value);
  if (!parsed.success) return err(schemaError(parsed.error, value));

  // Every language, not only the first: a text may be too long in one of them.
  const [first, ...others] = TEMPLATE_LANGUAGES;
  const doc = documentInLanguage(parsed.data, first);
  if (!doc.ok) return doc;
  for (const language of others) {
    const other = documentInLanguage(parsed.data, language);
    if (!other.ok) return other;
  }
  return ok(assemble(parsed.data, doc.value));
}

/** Validates an already-parsed template file. Never throws; the template shares no objects with `value`. */
export function parseTemplateValue(value: unknown): Result<Template, DocumentError> {
  try {
    return parseTemplateEnvelope(value);
  } catch {
    // Only exotic values get here (a Proxy, a throwing getter): never a bug to crash on.
    return err({ code: 'invalid', path: '', reason: 'type' });
  }
}

/** Parses the text of a template `.json` file. Never throws. */
export function parseTemplateFile(text: string): Result<Template, DocumentError> {
  const value = parseJsonText(text);
  return value.ok ? parseTemplateValue(value.value) : value;
}
