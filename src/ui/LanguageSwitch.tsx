import { Languages } from 'lucide-react';
import { useI18n } from '../i18n/I18nProvider';

/** Switches between English and 简体中文, named in the language it switches to. */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  const next = language === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="sf-button"
      onClick={() => setLanguage(next)}
      aria-label={`${t('language.label')}: ${t(`language.${next}`)}`}
      lang={next}
    >
      <Languages size={16} aria-hidden="true" />
      <span>{t(`language.${next}`)}</span>
    </button>
  );
}
