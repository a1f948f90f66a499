// The gallery's categories: a closed list of ids, so that a template names its category the same
// way in every language and src/i18n translates the id (`templateCategory.<id>` or similar).

export const TEMPLATE_CATEGORIES = [
  'general',
  'b2b',
  'qualification',
  'saas',
  'outbound',
  'quote-to-cash',
  'retail',
  'channel',
  'account-management',
  'service',
  'events',
  'crm',
] as const;

export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

export function isTemplateCategory(value: string): value is TemplateCategory {
  return (TEMPLATE_CATEGORIES as readonly string[]).includes(value);
}
