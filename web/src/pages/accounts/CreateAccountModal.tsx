import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row } from 'antd';
import type { Role } from '../../api/auth';
import { useCreateAccount } from '../../api/accounts';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/OrgPicker';
import { useT } from '../../i18n';
import { passwordRules } from '../auth/passwordRules';
import { RoleSelect } from './RoleSelect';

interface Values { username: string; displayName: string; password: string; grants: { role: Role; orgId: number }[] }

export function CreateAccountModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateAccount();
  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('accounts.create')}
      onClose={onClose}
      success={t('accounts.created')}
      initialValues={{ grants: [{ role: 'member' } as never] }}
      testId="account-create-modal"
      onSubmit={(v) => create.mutateAsync({ username: v.username.trim(), displayName: v.displayName.trim(), password: v.password, grants: v.grants })}
    >
      <Form.Item name="username" label={t('accounts.username')} rules={[{ required: true, whitespace: true, min: 3, message: t('common.required') }, { pattern: /^[a-zA-Z0-9._-]+$/, message: 'a-z, 0-9, . _ -' }]}>
        <Input autoComplete="off" maxLength={60} />
      </Form.Item>
      <Form.Item name="displayName" label={t('accounts.displayName')} rules={[{ required: true, whitespace: true, min: 2, message: t('common.required') }]}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name="password" label={t('accounts.password')} rules={passwordRules(t)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item label={t('accounts.grants')} required>
        <Form.List
          name="grants"
          rules={[{ validator: async (_, g?: unknown[]) => { if (!g?.length) throw new Error(t('accounts.atLeastOneGrant')); } }]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <Row key={f.key} gutter={8} align="top" wrap={false}>
                  <Col flex="180px">
                    <Form.Item name={[f.name, 'role']} rules={[{ required: true, message: t('common.required') }]}>
                      <RoleSelect style={{ minWidth: 0, width: '100%' }} aria-label={t('accounts.role')} />
                    </Form.Item>
                  </Col>
                  <Col flex="auto" style={{ minWidth: 0 }}>
                    <Form.Item name={[f.name, 'orgId']} rules={[{ required: true, message: t('common.required') }]}>
                      <OrgPicker aria-label={t('common.pickUnit')} />
                    </Form.Item>
                  </Col>
                  <Col flex="32px">
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" onClick={() => add({ role: 'member' })} icon={<PlusOutlined />} block>{t('accounts.addGrant')}</Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form.Item>
    </FormModal>
  );
}
