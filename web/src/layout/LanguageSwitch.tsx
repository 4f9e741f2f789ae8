import { useI18n, type Lang } from '../i18n';
import { Segmented } from '../lite';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      value={lang}
      onChange={setLang}
      label={t('lang.switch')}
      data-testid="lang-switch"
      options={[
        { value: 'vi', label: 'VI', title: t('lang.vi') },
        { value: 'en', label: 'EN', title: t('lang.en') },
      ]}
    />
  );
}
