import { SettingOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useInbox, useMarkAllRead, useMarkRead, type Notice } from '../../api/notifications';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, InlineError, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { Button, ButtonLink, Card, Item, ItemList, Pager, Segmented, Tag, useNotice } from '../../lite';

const PAGE_SIZE = 20;

function NoticeItem({ n }: { n: Notice }) {
  const t = useT();
  const navigate = useNavigate();
  const mark = useMarkRead();
  const unread = !n.readAt;
  // Following the link marks the notice read: the reader has acted on it.
  const open = () => {
    if (unread) mark.mutate(n.id);
    if (n.link) navigate(n.link);
  };
  return (
    <Item
      className={unread ? 'notice-unread' : undefined}
      data-testid="notice"
      title={<span className="notice-title">{unread && <Tag color="red">{t('notify.unread')}</Tag>}{n.title}</span>}
      description={<>{formatDateTime(n.createdAt)}{n.orgName ? ` · ${n.orgName}` : ''}</>}
      actions={<>
        {n.link && <Button size="sm" variant="primary" onClick={open} data-testid="notice-open">{t('notify.open')}</Button>}
        {unread && <Button size="sm" onClick={() => mark.mutate(n.id)} loading={mark.isPending} data-testid="notice-read">{t('notify.markRead')}</Button>}
      </>}
    >
      <div className="notice-text">{n.text}</div>
    </Item>
  );
}

/** The account's inbox: newest first, twenty at a time; one or all marked read. Light components (members open it on phones). */
export default function InboxPage() {
  const t = useT();
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const inbox = useInbox(page, PAGE_SIZE, filter === 'unread');
  const markAll = useMarkAllRead();
  const { notice, show } = useNotice();
  const data = inbox.data;
  return (
    <div className="page-narrow">
      <PageHeader title={t('notify.title')} sub={t('notify.sub')}
        extra={<ButtonLink to="/notifications/settings" icon={<SettingOutlined />} data-testid="notify-settings-link">{t('notify.settings')}</ButtonLink>} />
      {notice}
      <Card>
        <div className="lt-row" style={{ justifyContent: 'space-between', marginBottom: 8, flexWrap: 'wrap', gap: 8 }}>
          <Segmented label={t('notify.filter')} value={filter} onChange={(v) => { setFilter(v); setPage(1); }}
            options={[{ value: 'all', label: t('notify.all') }, { value: 'unread', label: `${t('notify.unreadOnly')}${data ? ` (${data.unread})` : ''}` }]} />
          <Button disabled={!data?.unread} loading={markAll.isPending} data-testid="notify-read-all"
            onClick={() => markAll.mutate(undefined, { onSuccess: (r) => show(t('notify.markedAll', { count: r.updated })) })}>
            {t('notify.markAll')}
          </Button>
        </div>
        {inbox.isPending ? <Loading /> : !data ? <InlineError error={inbox.error} /> : data.items.length === 0
          ? <EmptyState description={t(filter === 'unread' ? 'notify.emptyUnread' : 'notify.empty')} />
          : (
            <>
              <ItemList data-testid="inbox">{data.items.map((n) => <NoticeItem key={n.id} n={n} />)}</ItemList>
              <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
            </>
          )}
      </Card>
    </div>
  );
}
