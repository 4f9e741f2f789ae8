import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useChangePassword } from '../../api/auth';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n';
import { applyFieldErrors } from '../../lib/forms';
import { passwordRules } from './passwordRules';

interface Values { currentPassword: string; newPassword: string; confirm: string }

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const [extra, setExtra] = useState<string[]>([]);

  const close = () => {
    form.resetFields();
    change.reset();
    onClose();
  };
  const submit = (v: Values) =>
    change.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword }, {
      onSuccess: () => {
        message.success(t('auth.passwordChanged'));
        close();
      },
      onError: (err) => setExtra(applyFieldErrors(form, err)),
    });

  return (
    <Modal
      open={open}
      title={t('auth.changePassword')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <FormError error={change.error} extra={extra} />
      <Form form={form} layout="vertical" onFinish={submit} name="change-password">
        <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.Password autoComplete="current-password" data-testid="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.newPassword')}
          rules={passwordRules(t)}
        >
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('auth.passwordMismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="confirm-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
