import { Link } from 'react-router-dom';
import { useTodo, type TodoItem } from '../../api/home';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n, type MessageKey } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { Card, Item, ItemList, Tag, type TagColor } from '../../lite';

/** The page that does the work of each item. */
export function todoHref(i: TodoItem): string {
  switch (i.kind) {
    case 'schedule': return `/conferences/new?campaignId=${i.campaignId}`;
    case 'chase': return `/campaigns/${i.campaignId}?tab=board&status=overdue`;
    case 'setup': return `/conferences/${i.conferenceId}`;
    case 'report': return `/report-periods/${i.periodId}`;
    case 'evaluate': return `/conferences/${i.conferenceId}?tab=evaluation`;
    case 'answer': return `/recommendations/${i.recommendationId}`;
  }
}

const COLOR: Record<TodoItem['kind'], TagColor> = { schedule: 'blue', chase: 'volcano', setup: 'gold', report: 'purple', evaluate: 'green', answer: 'orange' };

function Details({ item }: { item: TodoItem }) {
  const { t, tx } = useI18n();
  const d = item.details;
  switch (item.kind) {
    case 'schedule': return <>{t('todo.tier', { tier: tx('tier', String(d.tier)) })}</>;
    case 'chase': return <>{t('todo.chaseCounts', { overdue: formatNumber(Number(d.overdue)), notScheduled: formatNumber(Number(d.notScheduled)) })}</>;
    case 'setup': return <>{formatDateTime(String(d.startsAt))} · {t('todo.missing')}: {(d.missing as string[]).map((k) => t(`checklist.${k}` as MessageKey)).join(', ')}</>;
    case 'report': return <>{String(d.period)}{d.draft ? ` · ${t('todo.draft')}` : ''}</>;
    case 'evaluate': return <>{t('todo.ended', { date: formatDateTime(String(d.endedAt)) })} · {t('todo.present', { attended: formatNumber(Number(d.attended)), invited: formatNumber(Number(d.invited)) })}</>;
    case 'answer': return <>{tx('rec.status', String(d.status))} · {String(d.inspection)}</>;
  }
}

/** When it is due: overdue in red, else the day; items without a day say nothing. */
function Due({ item }: { item: TodoItem }) {
  const t = useI18n().t;
  if (item.overdue) return <Tag color="red">{item.due ? t('todo.overdueSince', { date: formatDate(item.due) }) : t('todo.overdue')}</Tag>;
  return item.due ? <span className="lt-muted">{t('todo.dueOn', { date: formatDate(item.due) })}</span> : null;
}

/** The office's and propaganda staff's home: what waits for their units, most urgent first, each a link to the page that does it. */
export default function TodoHome() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const todo = useTodo();
  const items = todo.data?.items ?? [];
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <div data-testid="todo-home">
      <PageHeader title={t('home.welcome', { name: me.displayName })} sub={me.grants.map((g) => g.orgName).filter((n, i, a) => a.indexOf(n) === i).join(' · ')} />
      <Card
        title={t('todo.title')}
        extra={todo.data && <span className="lt-muted" data-testid="todo-count">{t('todo.count', { n: formatNumber(items.length), overdue: formatNumber(overdue) })}</span>}
        data-testid="todo-list"
      >
        {todo.isPending ? <Loading rows={5} /> : todo.isError ? <ErrorState error={todo.error} onRetry={() => todo.refetch()} />
          : items.length === 0 ? <EmptyState description={t('todo.empty')} /> : (
            <ItemList>
              {items.map((i) => (
                <Item
                  key={`${i.kind}-${i.campaignId}-${i.conferenceId}-${i.periodId}-${i.recommendationId}-${i.orgId}`}
                  data-testid={`todo-${i.kind}`}
                  title={<><Tag color={COLOR[i.kind]}>{t(`todo.kind.${i.kind}`)}</Tag> <Link to={todoHref(i)}>{i.title}</Link></>}
                  description={<>{i.orgName} · <Details item={i} /></>}
                  actions={<Due item={i} />}
                />
              ))}
            </ItemList>
          )}
      </Card>
    </div>
  );
}
