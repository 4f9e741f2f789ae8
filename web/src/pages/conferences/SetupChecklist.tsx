import { CheckCircleFilled, DownOutlined, ExclamationCircleFilled, MinusCircleOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Card, Grid, List, Progress, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ConferenceDetail } from '../../api/conferences';
import { useChecklist, type CheckItem } from '../../api/planning';
import { useT, type MessageKey } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { LinkButton } from '../../components/LinkButton';

const ICONS: Record<CheckItem['state'], ReactNode> = {
  done: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  warning: <ExclamationCircleFilled style={{ color: '#faad14' }} />,
  todo: <MinusCircleOutlined style={{ color: '#bfbfbf' }} />,
};
const COLORS: Record<CheckItem['state'], string> = { done: 'green', warning: 'orange', todo: 'default' };

/** The line under each item: its figures, in words. */
function describe(i: CheckItem): MessageKey {
  if (i.key === 'bridgePoints' && i.state === 'done' && i.counts.remote) return 'checklist.bridgePoints.doneRemote';
  return `checklist.${i.key}.${i.key === 'hallQr' && i.state === 'warning' ? 'todo' : i.state}` as MessageKey;
}

/** Where to fix an item: the edit form, a tab of this page, the hall QR. */
function fix(i: CheckItem, id: number): { to: string; label: MessageKey } {
  switch (i.key) {
    case 'materials': return { to: `/conferences/${id}/edit`, label: 'checklist.fix.materials' };
    case 'agenda': return { to: `/conferences/${id}/edit`, label: 'checklist.fix.agenda' };
    case 'bridgePoints': return { to: `?tab=bridges`, label: 'checklist.fix.bridgePoints' };
    case 'invitations': return i.counts.unplaced
      ? { to: `?tab=bridges#unplaced`, label: 'checklist.fix.unplaced' }
      : { to: `?tab=invitations`, label: 'checklist.fix.invitations' };
    case 'hallQr': return { to: `/conferences/${id}/qr`, label: 'checklist.fix.hallQr' };
  }
}

/**
 * What is still missing before the conference can run, as the server computes it (GET /conferences/:id/checklist),
 * each item with a link to where it is fixed. Refreshed with every change to the conference.
 */
export function SetupChecklist({ conf, canFix }: { conf: ConferenceDetail; canFix: boolean }) {
  const t = useT();
  const list = useChecklist(conf.id);
  // On a phone the fix goes under its line, so the words keep the width.
  const wide = Grid.useBreakpoint().md ?? true;
  // Open while there is still something to prepare before the start; folded once ready or under way.
  const [open, setOpen] = useState<boolean>();
  if (!list.data) return null;
  const shown = open ?? (!list.data.ready && Date.now() < Date.parse(conf.startsAt));
  const items = list.data.items;
  const done = items.filter((i) => i.state === 'done').length;
  const fmt = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, formatNumber(v)]));
  return (
    <Card className="section" size="small" data-testid="setup-checklist" styles={shown ? undefined : { body: { display: 'none' } }}
      title={(
        <Button type="text" size="small" style={{ paddingInline: 0, fontWeight: 600 }} onClick={() => setOpen(!shown)} aria-expanded={shown}
          icon={shown ? <UpOutlined /> : <DownOutlined />} iconPlacement="end" data-testid="checklist-toggle">
          {t('checklist.title')} {list.data.ready && <Tag color="green" data-testid="checklist-ready">{t('checklist.ready')}</Tag>}
        </Button>
      )}
      extra={<Progress percent={Math.round((done / items.length) * 100)} size="small" aria-label={t('checklist.title')} style={{ width: 120 }}
        format={() => t('checklist.progress', { done, total: items.length })} />}>
      {shown && <List
        size="small"
        dataSource={items}
        renderItem={(i) => {
          const f = fix(i, conf.id);
          // The hall QR is projected by whoever records attendance; the rest is fixed by the organizers.
          const show = i.state !== 'done' ? canFix || i.key === 'hallQr' : i.key === 'hallQr';
          const button = show && (
            <LinkButton key="fix" to={f.to} data-testid={`checklist-fix-${i.key}`} size="small" type={i.state === 'done' ? 'default' : 'primary'} ghost={i.state !== 'done'}>{t(f.label)}</LinkButton>
          );
          return (
            <List.Item data-testid={`checklist-${i.key}`} data-state={i.state} actions={wide && button ? [button] : []}>
              <List.Item.Meta
                avatar={ICONS[i.state]}
                title={<span>{t(`checklist.${i.key}` as MessageKey)} <Tag color={COLORS[i.state]}>{t(`checklist.state.${i.state}` as MessageKey)}</Tag></span>}
                description={<>{t(describe(i), fmt(i.counts))}{!wide && button && <div style={{ marginTop: 6 }}>{button}</div>}</>}
              />
            </List.Item>
          );
        }}
      />}
    </Card>
  );
}
