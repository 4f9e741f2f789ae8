import { Col, Form, Input, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { KINDS, useCreateInspection, useUpdateInspection, type InspectionDetail, type InspectionKind } from '../../api/inspections';
import { DateField } from '../../components/DateField';
import { DocumentPicker } from '../../components/DocumentPicker';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { fromApiDate, toApiDate } from '../../lib/format';
import { AccountSelect } from './AccountSelect';
import { OrgsField } from './OrgsField';

interface Values {
  kind: InspectionKind; title: string; decisionDocumentId?: number | null; leaderAccountId: number; memberAccountIds?: number[];
  subjectOrgIds: number[]; periodFrom: Dayjs; periodTo: Dayjs; startsOn?: Dayjs | null; endsOn?: Dayjs | null;
}

/** A new inspection of a plan, or an existing one's decision, team, units and dates. */
export function InspectionFormModal({ open, onClose, planId, inspection, onSaved }: {
  open: boolean; onClose: () => void; planId: number; inspection?: InspectionDetail; onSaved?: (id: number) => void;
}) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = useCreateInspection();
  const update = useUpdateInspection(inspection?.id ?? 0);
  const required = [{ required: true, message: t('common.required') }];
  const i = inspection;

  const submit = async (v: Values) => {
    const body = {
      kind: v.kind, title: v.title.trim(), decisionDocumentId: v.decisionDocumentId ?? null, leaderAccountId: v.leaderAccountId,
      memberAccountIds: (v.memberAccountIds ?? []).filter((m) => m !== v.leaderAccountId), subjectOrgIds: v.subjectOrgIds,
      periodFrom: toApiDate(v.periodFrom)!, periodTo: toApiDate(v.periodTo)!, startsOn: toApiDate(v.startsOn) ?? null, endsOn: toApiDate(v.endsOn) ?? null,
    };
    const saved = i ? await update.mutateAsync(body) : await create.mutateAsync({ planId, ...body });
    onSaved?.(saved.id);
  };
  const after = (field: keyof Values) => ({ getFieldValue }: { getFieldValue: (n: keyof Values) => unknown }) => ({
    validator: (_: unknown, value?: Dayjs | null) => {
      const start = getFieldValue(field) as Dayjs | undefined;
      return !value || !start || !value.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('insp.periodOrder')));
    },
  });

  return (
    <FormModal<Values>
      open={open}
      title={i ? t('insp.edit') : t('insp.create')}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      success={i ? t('common.saved') : t('insp.created')}
      initialValues={i ? {
        kind: i.kind, title: i.title, decisionDocumentId: i.decision?.id, leaderAccountId: i.leader?.id,
        memberAccountIds: i.members.filter((m) => m.role === 'member').map((m) => m.id), subjectOrgIds: i.subjects.map((s) => s.id),
        periodFrom: fromApiDate(i.periodFrom), periodTo: fromApiDate(i.periodTo), startsOn: fromApiDate(i.startsOn), endsOn: fromApiDate(i.endsOn),
      } : { kind: 'kiem_tra', memberAccountIds: [], subjectOrgIds: [] }}
      testId="inspection-form"
    >
      <Form.Item name="kind" label={t('insp.kind')} rules={required}>
        <Radio.Group options={KINDS.map((k) => ({ value: k, label: tx('insp.kind', k) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('insp.titleField')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} data-testid="inspection-title" />
      </Form.Item>
      <Form.Item name="subjectOrgIds" label={t('insp.subjects')} rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}>
        <OrgsField initial={i?.subjects} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="periodFrom" label={`${t('insp.period')}: ${t('insp.periodFrom').toLowerCase()}`} rules={required}><DateField data-testid="period-from" /></Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="periodTo" label={t('insp.periodTo')} dependencies={['periodFrom']} rules={[...required, after('periodFrom')]}><DateField data-testid="period-to" /></Form.Item>
        </Col>
      </Row>
      <Form.Item name="leaderAccountId" label={t('insp.leader')} rules={required}>
        <AccountSelect planId={planId} known={i?.members} data-testid="leader-select" />
      </Form.Item>
      <Form.Item name="memberAccountIds" label={t('insp.members')}>
        <AccountSelect planId={planId} multiple known={i?.members} />
      </Form.Item>
      <Form.Item name="decisionDocumentId" label={t('insp.decision')}>
        <DocumentPicker />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}><Form.Item name="startsOn" label={t('insp.startsOn')}><DateField /></Form.Item></Col>
        <Col xs={24} sm={12}>
          <Form.Item name="endsOn" label={t('insp.endsOn')} dependencies={['startsOn']} rules={[after('startsOn')]}><DateField /></Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
