import { App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { applyFieldErrors } from '../lib/forms';
import { FormError } from './FormError';

interface Props<V> {
  open: boolean;
  title: ReactNode;
  form: FormInstance<V>;
  onClose: () => void;
  /** Sends the values; a rejected promise (ApiError) is shown on the form. */
  onSubmit: (values: V) => Promise<unknown>;
  success?: string;
  /** Asked before sending, for destructive actions. */
  confirm?: string;
  danger?: boolean;
  okText?: string;
  /** Server field name → form field name. */
  fieldMap?: Record<string, string>;
  initialValues?: Partial<V>;
  children: ReactNode;
  testId?: string;
}

/** A modal holding one form: validation, optional confirmation, server errors on the fields. */
export function FormModal<V extends object>(p: Props<V>) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  const close = () => {
    setError(null);
    setExtra([]);
    p.form.resetFields();
    p.onClose();
  };

  const send = async (values: V) => {
    setPending(true);
    setError(null);
    try {
      await p.onSubmit(values);
      if (p.success) message.success(p.success);
      close();
    } catch (err) {
      setError(err);
      setExtra(applyFieldErrors(p.form, err, p.fieldMap));
    } finally {
      setPending(false);
    }
  };

  const finish = (values: V) => {
    if (!p.confirm) return void send(values);
    modal.confirm({
      title: p.title,
      content: p.confirm,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: p.danger },
      onOk: () => send(values),
    });
  };

  return (
    <Modal
      open={p.open}
      title={p.title}
      onCancel={close}
      onOk={() => p.form.submit()}
      okText={p.okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: p.danger, 'data-testid': 'modal-ok' } as never}
      confirmLoading={pending}
      destroyOnHidden
      data-testid={p.testId}
    >
      <FormError error={error} extra={extra} />
      <Form<V> form={p.form} layout="vertical" onFinish={finish} initialValues={p.initialValues} preserve={false}>
        {p.children}
      </Form>
    </Modal>
  );
}
