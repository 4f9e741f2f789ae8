import { PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { InspectionDetail } from '../../api/inspections';
import { useAddRecommendation, type RecommendationItem } from '../../api/recommendations';
import { DataTable } from '../../components/DataTable';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { EmptyState } from '../../components/States';
import { useT } from '../../i18n';
import { formatDate, toApiDate } from '../../lib/format';
import { ConcludeModal } from './ConcludeModal';
import { RecStatusTag } from './labels';

/** The conclusion, and its recommendations with where each stands (each opens its page in the tracker). */
export function ConclusionPanel({ inspection: i }: { inspection: InspectionDetail }) {
  const t = useT();
  const [concluding, setConcluding] = useState(false);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ orgId: number; body: string; deadline: Dayjs }>();
  const add = useAddRecommendation(i.id);

  return (
    <div data-testid="conclusion-panel">
      {i.conclusion ? (
        <Descriptions size="small" column={1} className="section">
          <Descriptions.Item label={t('insp.conclusion')}><div className="insp-body" data-testid="conclusion-body">{i.conclusion}</div></Descriptions.Item>
          <Descriptions.Item label={t('insp.concludedOn')}>{formatDate(i.concludedOn)}</Descriptions.Item>
          {i.conclusionDocument && (
            <Descriptions.Item label={t('insp.conclusionDocument')}>
              <Link to={`/documents/${i.conclusionDocument.id}`}>{i.conclusionDocument.symbol} — {i.conclusionDocument.title}</Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      ) : (
        <div className="section">
          <EmptyState description={t('insp.noConclusion')} />
          {i.can.manage && i.status === 'in_progress' && (
            <Button type="primary" onClick={() => setConcluding(true)}>{t('insp.conclude')}</Button>
          )}
        </div>
      )}
      <div className="page-header">
        <Typography.Title level={2} style={{ fontSize: '1.0714rem', margin: 0 }}>{t('insp.recommendations')}</Typography.Title>
        {i.can.manage && i.status === 'concluded' && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="rec-add-later">{t('insp.addRecommendation')}</Button>
        )}
      </div>
      <DataTable<RecommendationItem>
        rowKey="id"
        data-testid="inspection-recommendations"
        dataSource={i.recommendations}
        pagination={false}
        locale={{ emptyText: <EmptyState description={t('insp.noRecommendations')} /> }}
        columns={[
          { title: t('recs.body'), dataIndex: 'body', render: (v: string, r) => <Link to={`/recommendations/${r.id}`} className="rec-body" data-testid="rec-link">{v}</Link> },
          { title: t('recs.org'), dataIndex: ['org', 'name'], width: 200 },
          { title: t('recs.deadline'), dataIndex: 'deadline', width: 120, render: formatDate },
          { title: t('recs.status'), dataIndex: 'status', width: 220, render: (v: RecommendationItem['status'], r) => <RecStatusTag status={v} overdue={r.overdue} days={r.daysOverdue} /> },
        ]}
      />
      {concluding && <ConcludeModal open inspection={i} onClose={() => setConcluding(false)} />}
      <FormModal
        open={adding}
        title={t('insp.addRecommendation')}
        form={form}
        onClose={() => setAdding(false)}
        onSubmit={(v) => add.mutateAsync({ orgId: v.orgId, body: v.body.trim(), deadline: toApiDate(v.deadline)! })}
        success={t('common.saved')}
        initialValues={{ orgId: i.subjects.length === 1 ? i.subjects[0].id : undefined }}
      >
        <Form.Item name="orgId" label={t('insp.recOrg')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={i.subjects.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item name="body" label={t('insp.recBody')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="deadline" label={t('insp.recDeadline')} rules={[{ required: true, message: t('common.required') }]}><DateField /></Form.Item>
      </FormModal>
    </div>
  );
}
