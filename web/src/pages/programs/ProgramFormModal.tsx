import { Col, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCreateProgram } from '../../api/programs';
import { DateField } from '../../components/DateField';
import { DocumentPicker } from '../../components/DocumentPicker';
import { DocumentsField } from '../../components/DocumentsField';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/OrgPicker';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { toApiDate } from '../../lib/format';
import { grantFor } from '../../lib/roles';

interface Values {
  orgId: number; title: string; adoptedOn: Dayjs; adoptingDocumentId?: number; documentIds: number[]; periodFrom: Dayjs; periodTo: Dayjs;
}

/** Adopt a program at the user's own unit, for documents of the registry. */
export function ProgramFormModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const create = useCreateProgram();
  const grant = grantFor(me, 'program.write');
  const required = [{ required: true, message: t('common.required') }];

  const submit = async (v: Values) => {
    const created = await create.mutateAsync({
      orgId: v.orgId, title: v.title.trim(), adoptedOn: toApiDate(v.adoptedOn)!, adoptingDocumentId: v.adoptingDocumentId ?? null,
      documentIds: v.documentIds ?? [], periodFrom: toApiDate(v.periodFrom)!, periodTo: toApiDate(v.periodTo)!,
    });
    onCreated(created.id);
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('programs.create')}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      success={t('programs.created')}
      initialValues={{ orgId: grant?.orgId, documentIds: [] }}
      testId="program-form"
    >
      <Form.Item name="orgId" label={t('programs.unit')} rules={required}>
        <OrgPicker allowClear={false} />
      </Form.Item>
      <Form.Item name="title" label={t('programs.titleField')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} data-testid="program-title" />
      </Form.Item>
      <Form.Item name="documentIds" label={t('programs.documents')} extra={t('programs.documentsHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}>
        <DocumentsField />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item name="adoptedOn" label={t('programs.adoptedOn')} rules={required}><DateField /></Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name="adoptingDocumentId" label={t('programs.adoptingDocument')} extra={t('programs.adoptingDocumentHint')}>
            <DocumentPicker />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item name="periodFrom" label={t('programs.periodFrom')} rules={required}><DateField /></Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="periodTo" label={t('programs.periodTo')} rules={required}><DateField /></Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
