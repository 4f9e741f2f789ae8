import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useConclude, type InspectionDetail } from '../../api/inspections';
import { DateField } from '../../components/DateField';
import { DocumentPicker } from '../../components/DocumentPicker';
import { FormModal } from '../../components/FormModal';
import { useT } from '../../i18n';
import { todayVn, toApiDate } from '../../lib/format';

interface RecValues { orgId: number; body: string; deadline: Dayjs }
interface Values { conclusion: string; concludedOn: Dayjs; conclusionDocumentId?: number | null; recommendations?: RecValues[] }

/** The conclusion and its recommendations, each for a subject unit with a deadline: sent to the units on saving. */
export function ConcludeModal({ open, onClose, inspection: i }: { open: boolean; onClose: () => void; inspection: InspectionDetail }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const conclude = useConclude(i.id);
  const required = [{ required: true, message: t('common.required') }];
  const text = [{ required: true, whitespace: true, message: t('common.required') }];
  const subjects = i.subjects.map((s) => ({ value: s.id, label: s.name }));
  // The server refuses a deadline before the conclusion's date: say so on the field before sending.
  const notBefore = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: (_: unknown, v?: Dayjs | null) => {
      const on = getFieldValue('concludedOn') as Dayjs | undefined;
      return !v || !on || !v.isBefore(on, 'day') ? Promise.resolve() : Promise.reject(new Error(t('insp.deadlineAfter')));
    },
  });

  const submit = (v: Values) => conclude.mutateAsync({
    conclusion: v.conclusion.trim(), concludedOn: toApiDate(v.concludedOn)!, conclusionDocumentId: v.conclusionDocumentId ?? null,
    recommendations: (v.recommendations ?? []).map((r) => ({ orgId: r.orgId, body: r.body.trim(), deadline: toApiDate(r.deadline)! })),
  });

  return (
    <FormModal<Values>
      open={open}
      title={t('insp.concludeTitle')}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      confirm={t('insp.concludeConfirm')}
      success={t('insp.concluded')}
      okText={t('insp.conclude')}
      initialValues={{ concludedOn: dayjs(todayVn()), recommendations: [{ orgId: subjects.length === 1 ? subjects[0].value : undefined } as RecValues] }}
      testId="conclude-form"
    >
      <Form.Item name="conclusion" label={t('insp.conclusion')} rules={text}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={20000} data-testid="conclusion-text" />
      </Form.Item>
      <Form.Item name="concludedOn" label={t('insp.concludedOn')} rules={required}><DateField /></Form.Item>
      <Form.Item name="conclusionDocumentId" label={t('insp.conclusionDocument')}><DocumentPicker /></Form.Item>
      <Form.List name="recommendations">
        {(fields, { add, remove }) => (
          <div data-testid="conclude-recommendations">
            {fields.map((f, n) => (
              <Card key={f.key} size="small" className="section" title={`${t('insp.recBody')} ${n + 1}`}
                extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(f.name)} />}>
                <Form.Item name={[f.name, 'orgId']} label={t('insp.recOrg')} rules={required}>
                  <Select options={subjects} data-testid="rec-org" />
                </Form.Item>
                <Form.Item name={[f.name, 'body']} label={t('insp.recBody')} rules={text}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} data-testid="rec-body" />
                </Form.Item>
                <Form.Item name={[f.name, 'deadline']} label={t('insp.recDeadline')} dependencies={['concludedOn']} rules={[...required, notBefore]}>
                  <DateField data-testid="rec-deadline" />
                </Form.Item>
              </Card>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ orgId: subjects.length === 1 ? subjects[0].value : undefined })} data-testid="rec-add">
              {t('insp.addRecommendation')}
            </Button>
          </div>
        )}
      </Form.List>
    </FormModal>
  );
}
