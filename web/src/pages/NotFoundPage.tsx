import { useT } from '../i18n';
import { ButtonLink, Result } from '../lite';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      subTitle={t('common.notFoundHint')}
      extra={<ButtonLink to="/" variant="primary">{t('common.home')}</ButtonLink>}
    />
  );
}
