// Everything a template should be before the gallery offers it, bundled or the team's own:
// complete in every language, laid out without overlaps, and a sound process in each language by
// the editor's own process checks.

import type { DocumentError } from '../errors';
import { checkProcess, problemSeverity, type ProcessProblem } from '../analytics/processChecks';
import { resolveTemplate } from './resolveTemplate';
import { DETAIL_TEXT_FIELDS, TEMPLATE_LANGUAGES, type LocalizedText, type Template, type TemplateLanguage } from './types';

export type TemplateProblem =
  | ProcessProblem
  /** `path` as parse.ts writes paths: `template.name`, `nodes[3].label`, `nodes[3].details.owner`. */
  | { code: 'missing-text'; path: string; language: TemplateLanguage }
  | { code: 'overlap'; nodeIds: [string, string] }
  /** Only for a template built in code: one from parseTemplateValue always resolves. */
  | { code: 'invalid'; language: TemplateLanguage; error: DocumentError };

export function templateProblemSeverity(problem: TemplateProblem): 'error' | 'warning' {
  switch (problem.code) {
    case 'missing-text':
    case 'overlap':
      return 'warning';
    case 'invalid':
      return 'error';
    default:
      return problemSeverity(problem);
  }
}

function texts(template: Template): [string, LocalizedText][] {
  const { meta, document } = template;
  const out: [string, LocalizedText][] = [
    ['template.name', meta.name],
    ['template.description', meta.description],
    ['title', document.title],
  ];
  document.lanes.forEach((lane, i) => out.push([`lanes[${i}].label`, lane.label]));
  document.nodes.forEach((node, i) => {
    out.push([`nodes[${i}].label`, node.label]);
    for (const field of DETAIL_TEXT_FIELDS) {
      const text = node.details?.[field];
      if (text !== undefined) out.push([`nodes[${i}].details.${field}`, text]);
    }
  });
  document.edges.forEach((edge, i) => {
    if (edge.label !== undefined) out.push([`edges[${i}].label`, edge.label]);
  });
  document.scenarios?.forEach((scenario, i) => out.push([`scenarios[${i}].name`, scenario.name]));
  return out;
}

function overlaps(template: Template): TemplateProblem[] {
  const nodes = template.document.nodes;
  const problems: TemplateProblem[] = [];
  nodes.forEach((a, i) => {
    for (const b of nodes.slice(i + 1)) {
      const apart =
        a.position.x + a.size.width <= b.position.x ||
        b.position.x + b.size.width <= a.position.x ||
        a.position.y + a.size.height <= b.position.y ||
        b.position.y + b.size.height <= a.position.y;
      if (!apart) problems.push({ code: 'overlap', nodeIds: [a.id, b.id] });
    }
  });
  return problems;
}

/**
 * Every problem of the template, each once. Geometry is shared by the languages, so overlaps are
 * checked once; the process is checked in each language, because a branch may be labelled in one
 * and not the other.
 */
export function checkTemplate(template: Template): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const [path, text] of texts(template)) {
    for (const language of TEMPLATE_LANGUAGES) {
      if (text[language].trim() === '') problems.push({ code: 'missing-text', path, language });
    }
  }
  problems.push(...overlaps(template));

  const seen = new Set<string>();
  for (const language of TEMPLATE_LANGUAGES) {
    const doc = resolveTemplate(template, language, { id: template.meta.id, now: 0 });
    if (!doc.ok) {
      problems.push({ code: 'invalid', language, error: doc.error });
      continue;
    }
    for (const problem of checkProcess(doc.value)) {
      const key = JSON.stringify(problem);
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}
