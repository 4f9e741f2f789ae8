import { Alert, Col, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCascade, type ProgramDetail } from '../../api/programs';
import { DateField } from '../../components/DateField';
import { DocumentPicker } from '../../components/DocumentPicker';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/OrgPicker';
import { useI18n } from '../../i18n';
import { fromApiDate, toApiDate } from '../../lib/format';

interface Values { orgId: number; title: string; adoptedOn: Dayjs; adoptingDocumentId?: number; periodFrom?: Dayjs; periodTo?: Dayjs }

/** A unit below builds its own program from this one: documents and targets copied, its values then roll up here. */
export function CascadeModal({ program, defaultOrgId, open, onClose, onCreated }: {
  program: ProgramDetail; defaultOrgId?: number; open: boolean; onClose: () => void; onCreated: (id: number) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const cascade = useCascade(program.id);
  const required = [{ required: true, message: t('common.required') }];
  const submit = async (v: Values) => {
    const created = await cascade.mutateAsync({
      orgId: v.orgId, title: v.title?.trim() || undefined, adoptedOn: toApiDate(v.adoptedOn)!, adoptingDocumentId: v.adoptingDocumentId ?? null,
      periodFrom: toApiDate(v.periodFrom), periodTo: toApiDate(v.periodTo),
    });
    onCreated(created.id);
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('programs.cascade')}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      success={t('programs.cascaded')}
      initialValues={{ orgId: defaultOrgId, title: program.title, periodFrom: fromApiDate(program.periodFrom), periodTo: fromApiDate(program.periodTo) }}
      testId="cascade-form"
    >
      <Alert type="info" showIcon title={t('programs.cascadeHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="orgId" label={t('programs.cascadeUnit')} rules={required}>
        <OrgPicker allowClear={false} exclude={[program.orgId]} />
      </Form.Item>
      <Form.Item name="title" label={t('programs.titleField')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={10}><Form.Item name="adoptedOn" label={t('programs.adoptedOn')} rules={required}><DateField /></Form.Item></Col>
        <Col xs={24} sm={14}><Form.Item name="adoptingDocumentId" label={t('programs.adoptingDocument')}><DocumentPicker /></Form.Item></Col>
        <Col xs={12}><Form.Item name="periodFrom" label={t('programs.periodFrom')}><DateField /></Form.Item></Col>
        <Col xs={12}><Form.Item name="periodTo" label={t('programs.periodTo')}><DateField /></Form.Item></Col>
      </Row>
    </FormModal>
  );
}
