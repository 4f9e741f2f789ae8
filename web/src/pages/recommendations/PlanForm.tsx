import { App, Button, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSubmitPlan, type RecommendationDetail } from '../../api/recommendations';
import { DateField } from '../../components/DateField';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n';
import { applyFieldErrors } from '../../lib/forms';
import { fromApiDate, toApiDate } from '../../lib/format';

/** The responsible unit files its remedy plan (again, after the team returned it). */
export function PlanForm({ rec }: { rec: RecommendationDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ plan: string; dueOn: Dayjs }>();
  const submit = useSubmitPlan(rec.id);
  const [error, setError] = useState<unknown>(null);
  const last = [...rec.events].reverse().find((e) => e.kind === 'plan');

  const send = async (v: { plan: string; dueOn: Dayjs }) => {
    setError(null);
    try {
      await submit.mutateAsync({ plan: v.plan.trim(), dueOn: toApiDate(v.dueOn)! });
      message.success(t('rec.planSent'));
      form.resetFields();
    } catch (e) {
      setError(e);
      applyFieldErrors(form, e);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={send} data-testid="remedy-plan-form"
      initialValues={{ plan: last?.body, dueOn: fromApiDate(last?.planDueOn ?? rec.deadline) }}>
      <FormError error={error} />
      <Form.Item name="plan" label={t('rec.planText')} extra={t('rec.planTextHint')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={10000} data-testid="plan-text" />
      </Form.Item>
      <Form.Item name="dueOn" label={t('rec.planDueOn')} rules={[{ required: true, message: t('common.required') }]}>
        <DateField data-testid="plan-due" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="plan-submit">{t('rec.submitPlan')}</Button>
    </Form>
  );
}
