import { Timeline, Typography } from 'antd';
import type { OrgEvent } from '../../api/orgs';
import { EmptyState } from '../../components/States';
import { useI18n, type TFunction } from '../../i18n';
import { formatDate } from '../../lib/format';

const COLORS: Record<string, string> = { create: 'green', rename: 'blue', move: 'blue', merge: 'purple', dissolve: 'gray' };

/** One line describing the event from its details (names are stored at the time of the event). */
function describe(t: TFunction, e: OrgEvent): string | null {
  const d = e.details as Record<string, unknown>;
  const s = (k: string) => (d[k] == null ? '' : String(d[k]));
  switch (e.kind) {
    case 'rename': return t('orgs.event.renameDetail', { from: s('from'), to: s('to') });
    case 'move': return t('orgs.event.moveDetail', { from: s('fromName') || '—', to: s('toName') });
    case 'merge': return d.intoName ? t('orgs.event.mergeInto', { name: s('intoName') }) : t('orgs.event.mergeFrom', { name: s('fromName') });
    case 'create':
      if (Array.isArray(d.mergedFrom)) {
        return t('orgs.event.createMerged', { names: (d.mergedFrom as { name: string }[]).map((m) => m.name).join(', ') });
      }
      return d.parentName ? t('orgs.event.createUnder', { name: s('parentName') }) : null;
    case 'dissolve': return d.reason ? `${t('common.reason')}: ${s('reason')}` : null;
    default: return null;
  }
}

export function OrgHistory({ events }: { events: OrgEvent[] }) {
  const { t, tx } = useI18n();
  if (events.length === 0) return <EmptyState description={t('orgs.noHistory')} />;
  return (
    <Timeline
      data-testid="org-history"
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.kind] ?? 'blue',
        content: (
          <div>
            <Typography.Text strong>{tx('orgs.event', e.kind)}</Typography.Text>
            <Typography.Text type="secondary"> · {formatDate(e.effectiveOn)}</Typography.Text>
            {describe(t, e) && <div><Typography.Text type="secondary">{describe(t, e)}</Typography.Text></div>}
          </div>
        ),
      }))}
    />
  );
}
