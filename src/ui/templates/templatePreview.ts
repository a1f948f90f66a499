// A template's gallery preview, drawn by the SVG renderer from the template itself in the user's
// language (issue 5: never a hand-made image), for the built-in templates and the team's own alike.

import { THUMBNAIL_SIZE, renderThumbnailSvg } from '../../io/svg/thumbnail';
import { resolveTemplate } from '../../model/templates/resolveTemplate';
import type { Template, TemplateLanguage } from '../../model/templates/types';

/** A data URL for an <img>: the markup is never inserted as HTML. Null for a template that does not resolve. */
export function templatePreviewUrl(template: Template, language: TemplateLanguage): string | null {
  const resolved = resolveTemplate(template, language, { id: `preview-${template.meta.id}`, now: 0 });
  if (!resolved.ok) return null;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderThumbnailSvg(resolved.value, THUMBNAIL_SIZE))}`;
}

/** Whether the template's name or description contains `needle` (lower case) in any language. */
export function templateMatches(template: Template, needle: string): boolean {
  if (needle === '') return true;
  const { name, description } = template.meta;
  return [name.en, name['zh-CN'], description.en, description['zh-CN']].some((text) => text.toLocaleLowerCase().includes(needle));
}
