import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, List, Popconfirm, Select, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useAddRelation, useRemoveRelation, type DocumentDetail } from '../../api/documents';
import { DocumentPicker } from '../../components/DocumentPicker';
import { EmptyState, InlineError } from '../../components/States';
import { useI18n } from '../../i18n';

interface Values { kind: 'implements' | 'replaces'; toId: number }

export function RelationsCard({ doc, canWrite }: { doc: DocumentDetail; canWrite: boolean }) {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddRelation(doc.id);
  const remove = useRemoveRelation(doc.id);

  return (
    <Card title={t('docs.relations')} className="section" data-testid="document-relations">
      {doc.relations.length === 0 ? <EmptyState description={t('docs.noRelations')} /> : (
        <List
          size="small"
          dataSource={doc.relations}
          renderItem={(r) => (
            <List.Item
              key={`${r.kind}-${r.direction}-${r.id}`}
              actions={canWrite && r.direction === 'out' ? [
                <Popconfirm key="del" title={t('common.delete')} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}
                  onConfirm={() => remove.mutateAsync({ kind: r.kind, toId: r.id }).then(() => message.success(t('common.deleted')))}>
                  <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>,
              ] : []}
            >
              <div>
                <Tag color={r.kind === 'replaces' ? 'orange' : 'blue'}>{tx(`docs.rel.${r.kind}`, r.direction)}</Tag>
                <Link to={`/documents/${r.id}`}><strong>{r.symbol}</strong></Link> — {r.title}
              </div>
            </List.Item>
          )}
        />
      )}
      {canWrite && (
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          initialValues={{ kind: 'implements' }}
          onFinish={(v) => add.mutate(v, { onSuccess: () => { form.resetFields(); message.success(t('common.saved')); } })}
        >
          <InlineError error={add.error} />
          <Flex gap={8} wrap style={{ marginTop: 8 }}>
            <Form.Item name="kind" noStyle>
              <Select style={{ width: 180 }} options={[
                { value: 'implements', label: t('docs.rel.implements.out') },
                { value: 'replaces', label: t('docs.rel.replaces.out') },
              ]} />
            </Form.Item>
            <div style={{ flex: '1 1 200px', minWidth: 0 }}>
              <Form.Item name="toId" noStyle rules={[{ required: true, message: t('common.required') }]}>
                <DocumentPicker exclude={[doc.id]} />
              </Form.Item>
            </div>
            <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>{t('common.create')}</Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
