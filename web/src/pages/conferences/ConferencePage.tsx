import { EditOutlined, FileWordOutlined, QrcodeOutlined, SoundOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Grid, List, Tabs, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useConference, type ConferenceDetail } from '../../api/conferences';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n, useT } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { canAny } from '../../lib/roles';
import { formatDateTime, formatNumber, formatTime } from '../../lib/format';
import { BridgePointsTab } from './BridgePointsTab';
import { CopyConferenceButton } from './CopyConferenceButton';
import { SetupChecklist } from './SetupChecklist';
import { EvaluationTab } from './EvaluationTab';
import { InvitationsTab } from './InvitationsTab';
import { LiveTab } from './LiveTab';
import { MakeupTab } from './MakeupTab';
import { agendaPresenters, QuestionsPanel } from '../dialogue/QuestionsPanel';
import { LinkButton } from '../../components/LinkButton';
import { invitationUrl } from '../../api/paperwork';

function Overview({ c }: { c: ConferenceDetail }) {
  const t = useT();
  return (
    <div>
      <h4>{t('conf.agenda')}</h4>
      {c.agenda.length === 0 ? <EmptyState description={t('conf.noAgenda')} /> : (
        <List size="small" dataSource={[...c.agenda].sort((a, b) => a.position - b.position)} renderItem={(a, i) => (
          <List.Item extra={a.minutes ? `${a.minutes}'` : undefined}>
            <List.Item.Meta title={`${i + 1}. ${a.topic}`} description={a.presenterName ?? undefined} />
          </List.Item>
        )} />
      )}
      <h4 style={{ marginTop: 16 }}>{t('conf.materials')}</h4>
      {c.materials.length === 0 ? <EmptyState description={t('conf.noMaterials')} /> : (
        <List size="small" dataSource={c.materials} renderItem={(m) => (
          <List.Item><Link to={`/documents/${m.id}`}><strong>{m.symbol}</strong> — {m.title}</Link> <Typography.Text type="secondary">· {m.issuerName}</Typography.Text></List.Item>
        )} />
      )}
    </div>
  );
}

/** The title of another conference (the one a make-up session makes up for), never its bare id. */
function ConferenceTitle({ id }: { id: number }) {
  const { t } = useI18n();
  const other = useConference(id);
  return <>{other.data?.title ?? t('common.loading')}</>;
}

/** One conference: header, then tabs for the programme, bridge points, invitations, live attendance, make-up. */
export default function ConferencePage() {
  const { t, tx } = useI18n();
  const id = Number(useParams().id);
  const conf = useConference(id);
  const me = useCurrentUser();
  const [sp, setSp] = useSearchParams();
  const wide = Grid.useBreakpoint().md ?? true;
  if (conf.isPending) return <Loading rows={10} />;
  if (conf.isError) return <ErrorState error={conf.error} onRetry={() => conf.refetch()} />;
  const c = conf.data;
  // What this user may do here is the server's answer for this conference (its organizer and bridge point units).
  const canWrite = c.abilities.update;
  const canRecord = c.abilities.recordAttendance;
  const sameDay = formatDateTime(c.startsAt, false) === formatDateTime(c.endsAt, false);

  return (
    <div data-testid="conference-page">
      <PageHeader
        title={c.title}
        sub={<Link to={`/campaigns/${c.campaignId}`}>{c.campaignTitle}</Link>}
        extra={<>
          {c.format === 'radio' && canAny(me, 'attendance.record') && (
            <LinkButton to={`/checkin/listening?c=${id}`} icon={<SoundOutlined />} data-testid="open-listening">{t('listen.open')}</LinkButton>
          )}
          {canRecord && <LinkButton to={`/conferences/${id}/qr`} icon={<QrcodeOutlined />} data-testid="project-qr">{t('conf.projectQr')}</LinkButton>}
          {canWrite && <LinkButton to={`/conferences/${id}/edit`} icon={<EditOutlined />}>{t('common.edit')}</LinkButton>}
          {canWrite && <CopyConferenceButton conf={c} />}
          {/* conference.write and paper.write are held by the same roles at the organizer. */}
          {canWrite && <Button href={invitationUrl(id)} download icon={<FileWordOutlined />} data-testid="invitation-docx">{t('paper.invitation')}</Button>}
        </>}
      />
      <Card className="section">
        <Descriptions size="small" column={wide ? 3 : 1}>
          <Descriptions.Item label={t('conf.format')}><Tag color="blue">{tx('conf.format', c.format)}</Tag></Descriptions.Item>
          <Descriptions.Item label={t('conf.time')}>
            <span data-testid="conference-time">{formatDateTime(c.startsAt)} – {sameDay ? formatTime(c.endsAt) : formatDateTime(c.endsAt)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('conf.hall')}>{c.hall || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('conf.organizer')}>{c.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('conf.tier')}>{tx('tier', c.tier)}</Descriptions.Item>
          <Descriptions.Item label={t('conf.attendance')}>{formatNumber(c.attendedCount)}/{formatNumber(c.invitedCount)}</Descriptions.Item>
          {c.makeupOf && (
            <Descriptions.Item label={t('conf.makeupOf')}><Link to={`/conferences/${c.makeupOf}`}><ConferenceTitle id={c.makeupOf} /></Link></Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {(canWrite || canRecord) && <SetupChecklist conf={c} canFix={canWrite} />}
      <Card>
        <Tabs
          // A link to a tab this user does not have (evaluations of another unit's conference) opens the overview.
          activeKey={visibleTab(sp.get('tab'), c.abilities.readEvaluations)}
          onChange={(tab) => setSp({ tab }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'overview', label: t('conf.overview'), children: <Overview c={c} /> },
            { key: 'bridges', label: `${t('conf.bridgePoints')} (${c.bridgePoints.length})`, children: <BridgePointsTab conf={c} /> },
            { key: 'invitations', label: t('conf.invitations'), children: <InvitationsTab conf={c} /> },
            { key: 'live', label: t('conf.live'), children: <LiveTab conf={c} /> },
            { key: 'makeup', label: t('conf.makeup'), children: <MakeupTab conf={c} /> },
            ...(c.abilities.readEvaluations
              ? [{ key: 'evaluation', label: <span data-testid="evaluation-tab-button">{t('eval.tab')}</span>, children: <EvaluationTab conf={c} /> }]
              : []),
            { key: 'questions', label: t('qa.tab'), children: <QuestionsPanel conferenceId={c.id} startsAt={c.startsAt} endsAt={c.endsAt} presenters={agendaPresenters(c.agenda)} moderator={c.abilities.moderate} /> },
          ]}
        />
      </Card>
    </div>
  );
}

const TABS = ['overview', 'bridges', 'invitations', 'live', 'makeup', 'evaluation', 'questions'];
function visibleTab(tab: string | null, readEvaluations: boolean): string {
  if (!tab || !TABS.includes(tab) || (tab === 'evaluation' && !readEvaluations)) return 'overview';
  return tab;
}
