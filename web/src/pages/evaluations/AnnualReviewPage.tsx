import { Card, Flex, Select, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { FLAGS, useAnnualReview, type PersonYear, type UnitYear, type YearEntry } from '../../api/evaluations';
import { DataTable } from '../../components/DataTable';
import { OrgPicker } from '../../components/OrgPicker';
import { PageHeader } from '../../components/PageHeader';
import { PersonPicker } from '../../components/PersonPicker';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDate, formatNumber, todayVn } from '../../lib/format';
import { numOrUndef, useUrlFilters } from '../../lib/hooks';
import { ExportButton } from '../../components/ExportButton';

/** The year's evaluations of one unit or person, shown when its row is expanded. */
function Entries({ rows }: { rows: YearEntry[] }) {
  const { t, tx } = useI18n();
  if (!rows.length) return <EmptyState description={t('common.empty')} />;
  return (
    <div>
      <strong>{t('eval.history')}</strong>
      {rows.map((e) => (
        <div key={e.conferenceId} style={{ marginTop: 6 }}>
          <Link to={`/conferences/${e.conferenceId}?tab=evaluation`}>{formatDate(e.startsAt)} — {e.title}</Link>{' '}
          {e.flags.map((f) => <Tag key={f} color={f === 'late' ? 'orange' : 'red'}>{tx('eval.flag', f)}</Tag>)}
          {e.comment && <Typography.Paragraph style={{ margin: 0 }} type="secondary">{e.comment}</Typography.Paragraph>}
        </div>
      ))}
    </div>
  );
}

/** Đánh giá năm: flag counts per unit (and per person) for a chosen year, for the year-end review. */
export default function AnnualReviewPage() {
  const { t, tx } = useI18n();
  const thisYear = Number(todayVn().slice(0, 4));
  const { values, set } = useUrlFilters(['year', 'orgId', 'personId'] as const);
  const year = numOrUndef(values.year) ?? thisYear;
  const orgId = numOrUndef(values.orgId);
  const personId = numOrUndef(values.personId);
  const review = useAnnualReview({ year, orgId, personId });

  const flagCols = FLAGS.map((f) => ({
    title: tx('eval.flag', f), key: f, width: 120, align: 'right' as const,
    render: (_: unknown, r: UnitYear | PersonYear) => (r.flags[f] ? <Tag color={f === 'late' ? 'orange' : 'red'}>{formatNumber(r.flags[f])}</Tag> : '0'),
  }));
  const common = [
    { title: t('eval.evaluated'), dataIndex: 'evaluated', width: 110, align: 'right' as const, render: (v: number) => formatNumber(v) },
    ...flagCols,
    { title: t('eval.confInvited'), dataIndex: 'conferencesInvited', width: 120, align: 'right' as const, render: (v: number) => formatNumber(v) },
    { title: t('eval.confAttended'), dataIndex: 'conferencesAttended', width: 120, align: 'right' as const, render: (v: number) => formatNumber(v) },
  ];
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);

  let body;
  if (review.isPending) body = <Loading rows={8} />;
  else if (review.isError) body = <ErrorState error={review.error} onRetry={() => review.refetch()} />;
  else {
    const { units, people } = review.data;
    body = units.length + people.length === 0 ? <EmptyState description={t('eval.annualEmpty', { year })} /> : (
      <>
        {units.length > 0 && (
          <Card size="small" title={t('eval.unitsTitle')} className="section">
            <DataTable<UnitYear> rowKey="orgId" size="middle" dataSource={units} scroll={{ x: 900 }} data-testid="annual-review-table"
              pagination={units.length > 20 ? { pageSize: 20 } : false}
              expandable={{ expandedRowRender: (r) => <Entries rows={r.evaluations} /> }}
              columns={[
                { title: t('common.unit'), dataIndex: 'orgName', render: (v, r) => <div><strong>{v}</strong><div className="org-option-sub">{r.parentName}</div></div> },
                ...common,
              ]} />
          </Card>
        )}
        {people.length > 0 && (
          <Card size="small" title={t('eval.peopleTitle')}>
            <DataTable<PersonYear> rowKey="personId" size="middle" dataSource={people} scroll={{ x: 900 }} data-testid="annual-review-people"
              pagination={people.length > 20 ? { pageSize: 20 } : false}
              expandable={{ expandedRowRender: (r) => <Entries rows={r.evaluations} />, defaultExpandAllRows: !!personId }}
              columns={[
                { title: t('people.fullName'), dataIndex: 'fullName', render: (v, r) => <div><Link to={`/people/${r.personId}`}><strong>{v}</strong></Link><div className="org-option-sub">{r.orgName}</div></div> },
                ...common,
              ]} />
          </Card>
        )}
      </>
    );
  }

  return (
    <div data-testid="annual-review-page">
      <PageHeader title={t('eval.annual')} sub={t('eval.annualSub')} />
      <Flex className="filters" gap={8} wrap>
        <Select style={{ width: 120 }} value={year} aria-label={t('eval.year')} data-testid="annual-year"
          options={years.map((y) => ({ value: y, label: `${t('eval.year')} ${y}` }))} onChange={(v) => set({ year: v })} />
        <OrgPicker style={{ width: 280, maxWidth: '100%' }} value={orgId} placeholder={t('eval.scope')}
          onChange={(v) => set({ orgId: v, personId: undefined })} />
        <div style={{ width: 300, maxWidth: '100%' }}>
          <PersonPicker value={personId ?? null} placeholder={t('eval.searchPerson')}
            onChange={(v) => set({ personId: typeof v === 'number' ? v : undefined })} />
        </div>
        <ExportButton path="/evaluations/export.xlsx" query={{ year, orgId, personId }} testId="annual-export" />
      </Flex>
      {body}
    </div>
  );
}
