import { Form } from 'antd';
import type { Role } from '../../api/auth';
import { useAddGrant, type Account } from '../../api/accounts';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/OrgPicker';
import { useT } from '../../i18n';
import { RoleSelect } from './RoleSelect';

interface Values { role: Role; orgId: number }

export function AddGrantModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const add = useAddGrant();
  return (
    <FormModal<Values>
      open={!!account}
      form={form}
      title={`${t('accounts.addGrant')}: ${account?.username ?? ''}`}
      onClose={onClose}
      success={t('accounts.grantAdded')}
      testId="account-grant-modal"
      onSubmit={(v) => add.mutateAsync({ id: account!.id, role: v.role, orgId: v.orgId })}
    >
      <Form.Item name="role" label={t('accounts.role')} rules={[{ required: true, message: t('common.required') }]}>
        <RoleSelect />
      </Form.Item>
      <Form.Item name="orgId" label={t('common.unit')} rules={[{ required: true, message: t('common.required') }]}>
        <OrgPicker />
      </Form.Item>
    </FormModal>
  );
}
