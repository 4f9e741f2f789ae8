import { Spin } from 'antd';
import { useT } from '../i18n';

export function PageSpin() {
  const t = useT();
  return (
    <div className="page-spin" role="status" aria-label={t('common.loading')}>
      <Spin size="large" />
    </div>
  );
}
