import { CameraOutlined, CloseOutlined, CloudUploadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useState } from 'react';
import { LazyQrScanner, preloadQrScanner } from '../../components/LazyQrScanner';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState } from '../../components/States';
import { useT } from '../../i18n';
import { formatNumber, formatTime } from '../../lib/format';
import { Alert, Button, ButtonLink, Card } from '../../lite';
import { useCheckinBlocker } from './CheckinHelp';
import { ConferenceBridgePicker, useConferenceBridge } from './ConferenceBridgePicker';
import { ManualSearch } from './ManualSearch';
import { useRoster } from './roster';
import { RecentScans, ScanResult } from './ScanResult';
import { useCheckin, type ScanEntry } from './useCheckin';

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
      <PageHeader title={t('checkin.title')} />
      {(!online || pending > 0) && (
        <Alert
          type={online ? 'info' : 'warning'}
          live
          className="section"
          data-testid="offline-banner"
          title={online ? t('checkin.pending', { count: pending }) : t('checkin.offline', { count: pending })}
          action={online && pending > 0 ? <Button size="sm" icon={<CloudUploadOutlined />} onClick={() => void flush()}>{t('checkin.sendNow')}</Button> : undefined}
        />
      )}
      {synced && online && pending === 0 && (
        <Alert type={synced.refused ? 'warning' : 'success'} live className="section" data-testid="sync-summary"
          title={t('checkin.synced', { count: synced.count, recorded: synced.recorded, duplicate: synced.duplicate, refused: synced.refused })}
          action={<Button variant="text" size="sm" icon={<CloseOutlined />} aria-label={t('common.close')} onClick={clearSynced} />} />
      )}
      <Card className="section">
        <ConferenceBridgePicker value={picked} />
        {confQuery.isError && <ErrorState error={confQuery.error} />}
        {bridgePointId && conf && !blocker && (
          kept
            ? <div className="lt-muted" data-testid="roster-kept">{t('checkin.rosterKept', { count: formatNumber(kept.people.length), time: formatTime(kept.generatedAt) })}</div>
            : !roster.isPending && <div className="checkin-warn" data-testid="roster-missing">{t('checkin.rosterMissing')}</div>
        )}
      </Card>
      {blocker}
      {ready && (
        <>
          <Card className="section">
            {scanning ? (
              <LazyQrScanner onCode={(code) => void send({ code })} onClose={() => setScanning(false)} />
            ) : (
              <Button variant="primary" size="lg" block icon={<CameraOutlined />} className="checkin-camera" onClick={() => setScanning(true)} data-testid="checkin-start-camera">
                {t('checkin.startCamera')}
              </Button>
            )}
            {shown && <ScanResult entry={shown} />}
            <div className="lt-divider">{t('checkin.manual')}</div>
            <ManualSearch conferenceId={conferenceId} roster={kept} online={online} done={done} onPick={(p) => void send(p)} />
          </Card>
          <Card className="section">
            <RecentScans items={recent} />
          </Card>
          <ButtonLink to={`/checkin/roll-call?c=${conferenceId}&b=${bridgePointId}`} size="lg" block icon={<UnorderedListOutlined />}>{t('checkin.rollCall')}</ButtonLink>
        </>
      )}
    </div>
  );
}
