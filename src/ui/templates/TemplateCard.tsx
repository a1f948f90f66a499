import type { ReactNode } from 'react';
import type { Template } from '../../model/templates/types';
import { useI18n } from '../../i18n/I18nProvider';

interface TemplateCardProps {
  template: Template;
  /** From templatePreviewUrl, computed once per template and language by the list. */
  preview: string | null;
  onUse: () => void;
  /** Replaces the title while the template is being renamed. */
  title?: ReactNode;
  /** The card's actions menu, for templates of the user's own. */
  menu?: ReactNode;
}

/** A gallery card: the preview, the name, category and description in the user's language, and `Use template`. */
export function TemplateCard({ template, preview, onUse, title, menu }: TemplateCardProps) {
  const { t, language } = useI18n();
  const { meta } = template;
  return (
    <article className="sf-card" aria-label={meta.name[language]}>
      <div className="sf-card__preview">{preview ? <img src={preview} alt="" /> : null}</div>
      <div className="sf-card__body">
        {title ?? <h3 className="sf-card__title">{meta.name[language]}</h3>}
        <p className="sf-card__category">{t(`category.${meta.category}`)}</p>
        <p className="sf-card__meta">{meta.description[language]}</p>
      </div>
      <button type="button" className="sf-button sf-button--primary sf-card__use" onClick={onUse}>
        {t('gallery.use')}
      </button>
      {menu}
    </article>
  );
}
