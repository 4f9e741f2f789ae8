import { Form, Input } from 'antd';
import { useResetPassword, type Account } from '../../api/accounts';
import { FormModal } from '../../components/FormModal';
import { useT } from '../../i18n';
import { passwordRules } from '../auth/passwordRules';

export function ResetPasswordModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetPassword();
  return (
    <FormModal<{ newPassword: string }>
      open={!!account}
      form={form}
      title={`${t('accounts.resetPassword')}: ${account?.username ?? ''}`}
      onClose={onClose}
      success={t('accounts.passwordReset')}
      testId="account-reset-modal"
      onSubmit={(v) => reset.mutateAsync({ id: account!.id, newPassword: v.newPassword })}
    >
      <Form.Item name="newPassword" label={t('auth.newPassword')} rules={passwordRules(t)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
