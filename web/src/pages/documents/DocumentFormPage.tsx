import { App, Button, Card, Col, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { DOC_LEVELS, DOC_TYPES, useCreateDocument, useDocument, useUpdateDocument, type DocLevel, type DocType, type DocumentInput } from '../../api/documents';
import { DateField } from '../../components/DateField';
import { FormError } from '../../components/FormError';
import { OrgPicker } from '../../components/OrgPicker';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { fromApiDate, toApiDate } from '../../lib/format';
import { applyFieldErrors } from '../../lib/forms';
import { grantFor } from '../../lib/roles';
import { SymbolField } from './SymbolField';

interface Values {
  ownerOrgId: number; type: DocType; symbol: string; issuedOn: Dayjs; level: DocLevel; title: string;
  summary?: string; keyPoints?: string; fullText?: string;
}

/** Register (/documents/new) or edit (/documents/:id/edit) a document. */
export default function DocumentFormPage() {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const id = Number(useParams().id ?? 0);
  const editing = id > 0;
  const existing = useDocument(id);
  const create = useCreateDocument();
  const update = useUpdateDocument(id);
  const mutation = editing ? update : create;
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<string[]>([]);
  const writerGrant = grantFor(me, 'document.write');

  useEffect(() => {
    const d = existing.data;
    if (!d) return;
    form.setFieldsValue({
      ownerOrgId: d.ownerOrgId, type: d.type, symbol: d.symbol, issuedOn: fromApiDate(d.issuedOn), level: d.level,
      title: d.title, summary: d.summary ?? undefined, keyPoints: d.keyPoints ?? undefined, fullText: d.fullText ?? undefined,
    });
  }, [existing.data, form]);

  if (editing && existing.isPending) return <Loading rows={10} />;
  if (editing && existing.isError) return <ErrorState error={existing.error} onRetry={() => existing.refetch()} />;

  const submit = (v: Values) => {
    const body: DocumentInput = {
      ownerOrgId: v.ownerOrgId, type: v.type, symbol: v.symbol.trim(), issuedOn: toApiDate(v.issuedOn)!, level: v.level,
      title: v.title.trim(), summary: v.summary?.trim() || null, keyPoints: v.keyPoints?.trim() || null, fullText: v.fullText?.trim() || null,
    };
    mutation.mutate(body, {
      onSuccess: (d) => {
        message.success(editing ? t('common.saved') : t('docs.created'));
        navigate(`/documents/${d.id}`);
      },
      onError: (err) => setExtra(applyFieldErrors(form, err)),
    });
  };

  const half = { xs: 24, md: 12 };
  return (
    <div data-testid="document-form-page">
      <PageHeader title={editing ? `${t('docs.editTitle')}: ${existing.data?.symbol ?? ''}` : t('docs.createTitle')} />
      <Card>
        <FormError error={mutation.error} extra={extra} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          name="document"
          scrollToFirstError
          initialValues={editing ? undefined : { ownerOrgId: writerGrant?.orgId, level: 'grassroots' }}
        >
          <Row gutter={16}>
            <Col {...half}>
              <SymbolField onParsed={(p) => form.setFieldValue('type', p.typeCode)} />
            </Col>
            <Col {...half}>
              <Form.Item name="type" label={t('docs.type')} rules={[{ required: true, message: t('common.required') }]}>
                <Select options={DOC_TYPES.map((d) => ({ value: d, label: `${tx('docs.type', d)} (${d})` }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="issuedOn" label={t('docs.issuedOn')} rules={[{ required: true, message: t('common.required') }]}>
                <DateField />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="level" label={t('docs.level')} rules={[{ required: true, message: t('common.required') }]}>
                <Select options={DOC_LEVELS.map((l) => ({ value: l, label: tx('docs.level', l) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="ownerOrgId" label={t('docs.owner')} rules={[{ required: true, message: t('common.required') }]}>
                <OrgPicker allowClear={false} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="title" label={t('docs.titleField')} rules={[{ required: true, whitespace: true, min: 3, message: t('common.required') }]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
              </Form.Item>
              <Form.Item name="summary" label={t('docs.summary')}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} />
              </Form.Item>
              <Form.Item name="keyPoints" label={t('docs.keyPoints')}>
                <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20000} />
              </Form.Item>
              <Form.Item name="fullText" label={t('docs.fullText')}>
                <Input.TextArea autoSize={{ minRows: 6, maxRows: 24 }} maxLength={500000} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="document-save">{t('common.save')}</Button>{' '}
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Form>
      </Card>
    </div>
  );
}
