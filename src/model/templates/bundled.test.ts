import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareTemplates, loadBundledTemplates } from './bundled';
import { makeTemplateFile } from './fixtures/templateFile';
import { parseTemplateValue } from './parseTemplate';
import type { Template } from './types';

function named(name: string, order?: number): Template {
  const parsed = parseTemplateValue(makeTemplateFile());
  if (!parsed.ok) throw new Error(parsed.error.code);
  const meta = { ...parsed.value.meta, name: { en: name, 'zh-CN': name } };
  if (order === undefined) delete meta.order;
  else meta.order = order;
  return { ...parsed.value, meta };
}

describe('loadBundledTemplates', () => {
  it('loads every file of templates/, standard process first, in gallery order', async () => {
    const files = readdirSync(new URL('../../../templates/', import.meta.url)).filter((name) => name.endsWith('.json'));
    const { templates, failures } = await loadBundledTemplates();
    expect(failures).toEqual([]);
    expect(templates).toHaveLength(files.length);
    expect(templates[0]?.meta.id).toBe('standard-sales-process');
    expect([...templates].sort(compareTemplates)).toEqual(templates);
  });
});

describe('compareTemplates', () => {
  it('orders by place, then those without one by English name', () => {
    const sorted = [named('Zeta'), named('Beta', 2), named('Alpha'), named('Omega', 1)].sort(compareTemplates);
    expect(sorted.map((template) => template.meta.name.en)).toEqual(['Omega', 'Beta', 'Alpha', 'Zeta']);
  });
});
