import { Result } from 'antd';
import { useT } from '../i18n';
import { LinkButton } from '../components/LinkButton';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      subTitle={t('common.notFoundHint')}
      extra={<LinkButton to="/" type="primary">{t('common.home')}</LinkButton>}
    />
  );
}
