import { Card, Descriptions, Grid, List } from 'antd';
import { useParams } from 'react-router-dom';
import { useConference } from '../../api/conferences';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDateTime, formatTime } from '../../lib/format';
import { agendaPresenters, QuestionsPanel } from './QuestionsPanel';

/** An attendee's view of a conference they are invited to: agenda, then the dialogue (ask, vote, rate). */
export default function MeConferencePage() {
  const { t, tx } = useI18n();
  const id = Number(useParams().id);
  const conf = useConference(id);
  const wide = Grid.useBreakpoint().md ?? true;
  if (conf.isPending) return <Loading rows={8} />;
  if (!conf.data) return <ErrorState error={conf.error} onRetry={() => conf.refetch()} />;
  const c = conf.data;
  return (
    <div data-testid="me-conference-page">
      <PageHeader title={c.title} sub={`${formatDateTime(c.startsAt)} – ${formatTime(c.endsAt)}`} />
      <Card className="section" size="small">
        <Descriptions size="small" column={wide ? 3 : 1}>
          <Descriptions.Item label={t('conf.format')}>{tx('conf.format', c.format)}</Descriptions.Item>
          <Descriptions.Item label={t('conf.hall')}>{c.hall || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('conf.organizer')}>{c.orgName}</Descriptions.Item>
        </Descriptions>
        {c.agenda.length > 0 && (
          <List size="small" dataSource={[...c.agenda].sort((a, b) => a.position - b.position)} renderItem={(a, i) => (
            <List.Item><List.Item.Meta title={`${i + 1}. ${a.topic}`} description={a.presenterName ?? undefined} /></List.Item>
          )} />
        )}
      </Card>
      <Card title={t('qa.tab')}>
        <QuestionsPanel conferenceId={c.id} startsAt={c.startsAt} endsAt={c.endsAt} presenters={agendaPresenters(c.agenda)} />
      </Card>
    </div>
  );
}
