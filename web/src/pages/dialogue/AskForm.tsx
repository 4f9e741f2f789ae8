import { App, Button, Form, Input, Select, Switch } from 'antd';
import { useState } from 'react';
import { useAsk } from '../../api/dialogue';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n';
import { applyFieldErrors } from '../../lib/forms';

export interface PresenterOption { id: number; name: string }
interface Values { text: string; presenterPersonId?: number | null; anonymous: boolean }

/** Ask the presenters: free text, optionally to one presenter, optionally anonymous to other attendees. */
export function AskForm({ conferenceId, presenters }: { conferenceId: number; presenters: PresenterOption[] }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const ask = useAsk(conferenceId);
  const [extra, setExtra] = useState<string[]>([]);

  const onFinish = (v: Values) => {
    setExtra([]);
    ask.mutate({ text: v.text, presenterPersonId: v.presenterPersonId ?? null, anonymous: !!v.anonymous }, {
      onSuccess: () => { form.resetFields(); message.success(t('qa.sent')); },
      onError: (e) => setExtra(applyFieldErrors(form, e)),
    });
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ anonymous: false }} data-testid="ask-question">
      <FormError error={ask.error} extra={extra} />
      <Form.Item name="text" label={t('qa.askTitle')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { min: 3 }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('qa.textPlaceholder')} data-testid="question-text" />
      </Form.Item>
      {presenters.length > 0 && (
        <Form.Item name="presenterPersonId" label={t('qa.presenter')}>
          <Select allowClear placeholder={t('qa.anyPresenter')} options={presenters.map((p) => ({ value: p.id, label: p.name }))} data-testid="question-presenter" />
        </Form.Item>
      )}
      <Form.Item name="anonymous" label={t('qa.anonymous')} valuePropName="checked" extra={t('qa.anonymousHint')}>
        <Switch data-testid="question-anonymous" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={ask.isPending} data-testid="ask-submit">{t('qa.ask')}</Button>
    </Form>
  );
}
