import { CameraOutlined, CloudUploadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { LazyQrScanner, preloadQrScanner } from '../../components/LazyQrScanner';
import { ErrorState } from '../../components/States';
import { useT } from '../../i18n';
import { formatNumber, formatTime } from '../../lib/format';
import { useCheckinBlocker } from './CheckinHelp';
import { ConferenceBridgePicker, useConferenceBridge } from './ConferenceBridgePicker';
import { ManualSearch } from './ManualSearch';
import { useRoster } from './roster';
import { RecentScans, ScanResult } from './ScanResult';
import { useCheckin, type ScanEntry } from './useCheckin';
import { LinkButton } from '../../components/LinkButton';

/** Phone-first check-in at a bridge point: camera scan, manual search, offline queue with the point's kept roster. */
export default function CheckinPage() {
  const t = useT();
  const picked = useConferenceBridge();
  const { conferenceId, bridgePointId, conf, confQuery } = picked;
  const roster = useRoster(conferenceId, bridgePointId);
  const kept = roster.data && roster.data.bridgePointId === bridgePointId ? roster.data : undefined;
  const { submit, flush, recent, pending, online, synced, clearSynced } = useCheckin(conferenceId, bridgePointId, kept);
  const [scanning, setScanning] = useState(false);
  // The scanner is fetched while the page is still online: check-in goes on when the hall loses the network.
  useEffect(preloadQrScanner, []);
  const [last, setLast] = useState<ScanEntry | null>(null);
  const blocker = useCheckinBlocker(conf, bridgePointId, kept);
  const ready = conferenceId > 0 && !!bridgePointId && !!conf && !blocker;
  // The big answer follows its entry: a scan saved on the phone shows the server's answer once synced.
  const shown = last ? recent.find((e) => e.id === last.id) ?? last : null;
  const done = useMemo(() => new Set(recent.filter((e) => e.kind !== 'err' && e.personId).map((e) => e.personId!)), [recent]);
  const send = async (who: { code?: string; personId?: number; label?: string }) => {
    const e = await submit(who);
    if (e) setLast(e);
  };

  return (
    <div className="checkin-page" data-testid="checkin-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('checkin.title')}</Typography.Title>
      {(!online || pending > 0) && (
        <Alert
          type={online ? 'info' : 'warning'}
          showIcon
          className="section"
          data-testid="offline-banner"
          title={online ? t('checkin.pending', { count: pending }) : t('checkin.offline', { count: pending })}
          action={online && pending > 0 ? <Button size="small" icon={<CloudUploadOutlined />} onClick={() => void flush()}>{t('checkin.sendNow')}</Button> : undefined}
        />
      )}
      {synced && online && pending === 0 && (
        <Alert type={synced.refused ? 'warning' : 'success'} showIcon closable onClose={clearSynced} className="section" data-testid="sync-summary"
          title={t('checkin.synced', { count: synced.count, recorded: synced.recorded, duplicate: synced.duplicate, refused: synced.refused })} />
      )}
      <Card className="section">
        <ConferenceBridgePicker value={picked} />
        {confQuery.isError && <ErrorState error={confQuery.error} />}
        {bridgePointId && conf && !blocker && (
          kept
            ? <Typography.Text type="secondary" data-testid="roster-kept">{t('checkin.rosterKept', { count: formatNumber(kept.people.length), time: formatTime(kept.generatedAt) })}</Typography.Text>
            : !roster.isPending && <Typography.Text type="warning" data-testid="roster-missing">{t('checkin.rosterMissing')}</Typography.Text>
        )}
      </Card>
      {blocker}
      {ready && (
        <>
          <Card className="section">
            {scanning ? (
              <LazyQrScanner onCode={(code) => void send({ code })} onClose={() => setScanning(false)} />
            ) : (
              <Button type="primary" size="large" block icon={<CameraOutlined />} style={{ height: 64, fontSize: '1.25rem' }} onClick={() => setScanning(true)} data-testid="checkin-start-camera">
                {t('checkin.startCamera')}
              </Button>
            )}
            {shown && <ScanResult entry={shown} />}
            <Divider plain>{t('checkin.manual')}</Divider>
            <ManualSearch conferenceId={conferenceId} roster={kept} online={online} done={done} onPick={(p) => void send(p)} />
          </Card>
          <Card className="section">
            <RecentScans items={recent} />
          </Card>
          <LinkButton to={`/checkin/roll-call?c=${conferenceId}&b=${bridgePointId}`} size="large" block icon={<UnorderedListOutlined />}>{t('checkin.rollCall')}</LinkButton>
        </>
      )}
    </div>
  );
}
