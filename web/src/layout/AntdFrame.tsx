import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, type ReactNode } from 'react';
import { antdEnglishLocale, useI18n } from '../i18n';
import { useLargeText } from '../lib/textSize';
import { themeFor } from '../theme';

/**
 * Ant Design's theme, locale and message/modal holder, around what is built with it: the staff pages, and the
 * shell's lazy parts (password form). A chunk of its own: the member's phone pages, built on web/src/lite, never
 * download Ant Design's runtime (issue 13's budget).
 */
export default function AntdFrame({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const largeText = useLargeText();
  useEffect(() => void dayjs.locale(lang === 'vi' ? 'vi' : 'en'), [lang]);
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : antdEnglishLocale()} theme={themeFor(largeText)}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
