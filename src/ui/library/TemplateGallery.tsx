import { useEffect, useMemo, useState } from 'react';
import { loadBundledTemplates } from '../../model/templates/bundled';
import { TEMPLATE_CATEGORIES, type TemplateCategory } from '../../model/templates/categories';
import { resolveTemplate } from '../../model/templates/resolveTemplate';
import type { Template } from '../../model/templates/types';
import type { SalesDocument } from '../../model/types';
import { createId } from '../../lib/ids';
import { useI18n } from '../../i18n/I18nProvider';
import type { TemplateRepository } from '../../storage/templates';
import { MyTemplates } from '../templates/MyTemplates';
import { TemplateCard } from '../templates/TemplateCard';
import { templateMatches, templatePreviewUrl } from '../templates/templatePreview';

interface TemplateGalleryProps {
  onUse: (document: SalesDocument) => void;
  /** The team's own templates, shown under "My templates"; null where storage is unavailable. */
  mine?: TemplateRepository | null;
}

/** The built-in templates and the team's own, each previewed by the SVG renderer from the template itself. */
export function TemplateGallery({ onUse, mine }: TemplateGalleryProps) {
  const { t, language } = useI18n();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<TemplateCategory | 'all'>('all');

  useEffect(() => {
    let cancelled = false;
    void loadBundledTemplates().then((bundled) => {
      if (!cancelled) setTemplates(bundled.templates);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const previews = useMemo(() => new Map(templates.map((template) => [template.meta.id, templatePreviewUrl(template, language)])), [templates, language]);
  const needle = query.trim().toLocaleLowerCase();
  const shown = templates.filter((template) => {
    if (category !== 'all' && template.meta.category !== category) return false;
    return templateMatches(template, needle);
  });

  const use = (template: Template) => {
    const resolved = resolveTemplate(template, language, { id: createId('doc'), now: Date.now() });
    if (resolved.ok) onUse(resolved.value);
  };

  return (
    <section className="sf-gallery" aria-labelledby="sf-gallery-title">
      <div className="sf-section-header">
        <h2 id="sf-gallery-title">{t('gallery.title')}</h2>
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('gallery.search')} aria-label={t('gallery.search')} />
        <select value={category} onChange={(event) => setCategory(event.target.value as TemplateCategory | 'all')} aria-label={t('gallery.category')}>
          <option value="all">{t('gallery.allCategories')}</option>
          {TEMPLATE_CATEGORIES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`category.${candidate}`)}
            </option>
          ))}
        </select>
      </div>
      {mine !== undefined ? (
        <>
          <MyTemplates repository={mine} needle={needle} category={category} onUse={use} />
          <h3 className="sf-gallery__subtitle">{t('templates.builtIn')}</h3>
        </>
      ) : null}
      <div className="sf-cards">
        {shown.map((template) => (
          <TemplateCard key={template.meta.id} template={template} preview={previews.get(template.meta.id) ?? null} onUse={() => use(template)} />
        ))}
      </div>
    </section>
  );
}
