import { Form, Input, InputNumber, Radio } from 'antd';
import { BODIES, useCreatePlan, useUpdatePlan, type InspectionBody, type PlanItem } from '../../api/inspections';
import { DocumentPicker } from '../../components/DocumentPicker';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/OrgPicker';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { grantFor } from '../../lib/roles';

interface Values { orgId: number; year: number; body: InspectionBody; title: string; documentId?: number | null }

/** The annual plan of inspections and supervisions of a unit (new, or its title and document edited). */
export function PlanFormModal({ open, onClose, year, plan }: { open: boolean; onClose: () => void; year: number; plan?: PlanItem }) {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const create = useCreatePlan();
  const update = useUpdatePlan(plan?.id ?? 0);
  const required = [{ required: true, message: t('common.required') }];

  const submit = (v: Values) => plan
    ? update.mutateAsync({ title: v.title.trim(), documentId: v.documentId ?? null })
    : create.mutateAsync({ orgId: v.orgId, year: v.year, body: v.body, title: v.title.trim(), documentId: v.documentId ?? null });

  return (
    <FormModal<Values>
      open={open}
      title={plan ? t('insp.plan.edit') : t('insp.plan.create')}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      success={plan ? t('common.saved') : t('insp.plan.created')}
      initialValues={plan
        ? { orgId: plan.org.id, year: plan.year, body: plan.body, title: plan.title, documentId: plan.document?.id }
        : { orgId: grantFor(me, 'inspection.plan')?.orgId, year, body: 'inspection_commission' }}
      testId="plan-form"
    >
      <Form.Item name="orgId" label={t('insp.plan.org')} rules={required}>
        <OrgPicker allowClear={false} disabled={!!plan} />
      </Form.Item>
      <Form.Item name="year" label={t('insp.year')} rules={required}>
        <InputNumber min={2000} max={2100} disabled={!!plan} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="body" label={t('insp.plan.body')} rules={required}>
        <Radio.Group disabled={!!plan} options={BODIES.map((b) => ({ value: b, label: tx('insp.body', b) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('insp.plan.title')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} data-testid="plan-title" />
      </Form.Item>
      <Form.Item name="documentId" label={t('insp.plan.document')}>
        <DocumentPicker />
      </Form.Item>
    </FormModal>
  );
}
