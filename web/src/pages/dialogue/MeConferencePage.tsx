import { useParams } from 'react-router-dom';
import { useConference } from '../../api/conferences';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDateTime, formatTime } from '../../lib/format';
import { Card, Facts, Item, ItemList } from '../../lite';
import { agendaPresenters, QuestionsPanel } from './QuestionsPanel';

/** An attendee's view of a conference they are invited to: agenda, then the dialogue (ask, vote, rate). */
export default function MeConferencePage() {
  const { t, tx } = useI18n();
  const id = Number(useParams().id);
  const conf = useConference(id);
  if (conf.isPending) return <Loading rows={8} />;
  if (!conf.data) return <ErrorState error={conf.error} onRetry={() => conf.refetch()} />;
  const c = conf.data;
  return (
    <div data-testid="me-conference-page">
      <PageHeader title={c.title} sub={`${formatDateTime(c.startsAt)} – ${formatTime(c.endsAt)}`} />
      <Card className="section">
        <Facts items={[
          { label: t('conf.format'), value: tx('conf.format', c.format) },
          { label: t('conf.hall'), value: c.hall || '—' },
          { label: t('conf.organizer'), value: c.orgName },
        ]} />
        {c.agenda.length > 0 && (
          <ItemList>
            {[...c.agenda].sort((a, b) => a.position - b.position).map((a, i) => (
              <Item key={a.id ?? i} title={`${i + 1}. ${a.topic}`} description={a.presenterName ?? undefined} />
            ))}
          </ItemList>
        )}
      </Card>
      <Card title={t('qa.tab')}>
        <QuestionsPanel conferenceId={c.id} startsAt={c.startsAt} endsAt={c.endsAt} presenters={agendaPresenters(c.agenda)} />
      </Card>
    </div>
  );
}
