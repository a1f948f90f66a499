// A template is a document whose user-visible texts are written once per language, plus what the
// gallery shows about it (DESIGN.md, "Templates"). Everything else (geometry, settings, volumes,
// rates) is shared by the languages, so a template lays out once and sizes its nodes for the
// longer of its two labels.
//
// Type aliases rather than interfaces: localize.ts takes these and the loosely parsed file alike,
// which needs the implicit index signature only aliases have.

import type { FlowEdge, FlowNode, Lane, NodeDetails, Scenario, Settings } from '../types';
import type { TemplateCategory } from './categories';

/** The languages every template is written in; the same list as src/i18n's. */
export const TEMPLATE_LANGUAGES = ['en', 'zh-CN'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export type LocalizedText = Record<TemplateLanguage, string>;

export type TemplateMeta = {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  category: TemplateCategory;
  /** Place in the gallery, 1 first; templates without one follow, by name. */
  order?: number;
};

/** The free-text fields of NodeDetails: the ones a template writes per language. */
export const DETAIL_TEXT_FIELDS = ['owner', 'entryCriteria', 'exitCriteria', 'kpi', 'notes'] as const;
export type DetailTextField = (typeof DETAIL_TEXT_FIELDS)[number];

export type TemplateNodeDetails = Omit<NodeDetails, DetailTextField> & Partial<Record<DetailTextField, LocalizedText>>;

export type TemplateNode = Omit<FlowNode, 'label' | 'details'> & {
  label: LocalizedText;
  details?: TemplateNodeDetails;
};

export type TemplateLane = Omit<Lane, 'label'> & { label: LocalizedText };

export type TemplateEdge = Omit<FlowEdge, 'label'> & { label?: LocalizedText };

/** An example what-if that ships with the template, named in every language. */
export type TemplateScenario = Omit<Scenario, 'name'> & { name: LocalizedText };

/** A document without its identity and times, which each use of the template gives afresh. */
export type TemplateDocument = {
  title: LocalizedText;
  settings: Settings;
  lanes: TemplateLane[];
  nodes: TemplateNode[];
  edges: TemplateEdge[];
  /** Absent when the template has none, so that files without scenarios read and write as before. */
  scenarios?: TemplateScenario[];
};

export type Template = {
  meta: TemplateMeta;
  document: TemplateDocument;
};
