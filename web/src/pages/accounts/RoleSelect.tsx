import { Select } from 'antd';
import { ROLES, type Role } from '../../api/auth';
import { useI18n } from '../../i18n';

export function RoleSelect(props: { value?: Role; onChange?: (v: Role) => void; id?: string; style?: React.CSSProperties; 'aria-label'?: string }) {
  const { t, tx } = useI18n();
  return (
    <Select<Role>
      {...props}
      placeholder={t('accounts.role')}
      style={{ minWidth: 180, ...props.style }}
      options={ROLES.map((r) => ({ value: r, label: tx('role', r) }))}
    />
  );
}
