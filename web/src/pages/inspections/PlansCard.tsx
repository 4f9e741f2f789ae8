import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, List, Tag } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Page } from '../../api/client';
import { STATUSES, type PlanItem } from '../../api/inspections';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { InspectionFormModal } from './InspectionFormModal';
import { PlanFormModal } from './PlanFormModal';

/** The year's annual plans: who issued each, under which document, how far its inspections have gone. */
export function PlansCard({ year, plans, onCreated }: { year: number; plans: UseQueryResult<Page<PlanItem>>; onCreated: (id: number) => void }) {
  const { t, tx } = useI18n();
  const [adding, setAdding] = useState<number | null>(null);
  const [editing, setEditing] = useState<PlanItem | null>(null);
  const items = plans.data?.items ?? [];

  return (
    <Card title={t('insp.plans', { year })} className="section" data-testid="plans-card">
      {plans.isPending ? <Loading rows={2} /> : plans.isError ? <ErrorState error={plans.error} onRetry={() => plans.refetch()} /> : items.length === 0 ? (
        <EmptyState description={t('insp.noPlans')} />
      ) : (
        <List
          itemLayout="vertical"
          dataSource={items}
          renderItem={(p) => (
            <List.Item
              key={p.id}
              data-testid="plan-item"
            >
              <List.Item.Meta
                title={<span>{p.title}</span>}
                description={(
                  <span>
                    {p.org.name} · {tx('insp.body', p.body)}
                    {/* Underlined: inside a line of text a link must not be told apart by its colour alone (axe link-in-text-block). */}
                    {p.document && <> · <Link to={`/documents/${p.document.id}`} style={{ textDecoration: 'underline' }}>{p.document.symbol}</Link></>}
                  </span>
                )}
              />
              <span className="tag-row">
                <Tag>{t('insp.plan.count', { count: p.inspectionCount })}</Tag>
                {STATUSES.filter((s) => p.byStatus[s] > 0).map((s) => <Tag key={s}>{tx('insp.status', s)}: {p.byStatus[s]}</Tag>)}
              </span>
              {/* Below the facts, not as the list's actions: on a phone those wrap into a ragged column. */}
              {p.can.edit && (
                <div className="tag-row" style={{ marginTop: 10, gap: 8 }}>
                  <Button size="small" type="primary" ghost icon={<PlusOutlined />} onClick={() => setAdding(p.id)} data-testid="inspection-create">{t('insp.create')}</Button>
                  <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setEditing(p)}>{t('insp.plan.edit')}</Button>
                </div>
              )}
            </List.Item>
          )}
        />
      )}
      {adding !== null && (
        <InspectionFormModal open planId={adding} onClose={() => setAdding(null)} onSaved={onCreated} />
      )}
      {editing && <PlanFormModal open year={year} plan={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
