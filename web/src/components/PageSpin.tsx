import { useT } from '../i18n';
import { Spinner } from '../lite';

export function PageSpin() {
  const t = useT();
  return (
    <div className="page-spin">
      <Spinner label={t('common.loading')} />
    </div>
  );
}
