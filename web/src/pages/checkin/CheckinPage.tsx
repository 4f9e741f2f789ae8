import { CameraOutlined, CloudUploadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { QrScanner } from '../../components/QrScanner';
import { ErrorState } from '../../components/States';
import { useT } from '../../i18n';
import { ConferenceBridgePicker, useConferenceBridge } from './ConferenceBridgePicker';
import { ManualSearch } from './ManualSearch';
import { RecentScans, ScanResult } from './ScanResult';
import { useCheckin, type ScanEntry } from './useCheckin';

/** Phone-first check-in at a bridge point: camera scan, manual search, offline queue. */
export default function CheckinPage() {
  const t = useT();
  const picked = useConferenceBridge();
  const { conferenceId, bridgePointId, confQuery } = picked;
  const { submit, flush, recent, pending, online } = useCheckin(conferenceId, bridgePointId);
  const [scanning, setScanning] = useState(false);
  const [last, setLast] = useState<ScanEntry | null>(null);
  const ready = conferenceId > 0 && !!bridgePointId;
  const send = async (who: { code?: string; personId?: number; label?: string }) => setLast(await submit(who));

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
      <Card className="section">
        <ConferenceBridgePicker value={picked} />
        {confQuery.isError && <ErrorState error={confQuery.error} />}
      </Card>
      {ready && (
        <>
          <Card className="section">
            {scanning ? (
              <QrScanner onCode={(code) => void send({ code })} onClose={() => setScanning(false)} />
            ) : (
              <Button type="primary" size="large" block icon={<CameraOutlined />} style={{ height: 64, fontSize: 20 }} onClick={() => setScanning(true)} data-testid="checkin-start-camera">
                {t('checkin.startCamera')}
              </Button>
            )}
            {last && <ScanResult entry={last} />}
            <Divider plain>{t('checkin.manual')}</Divider>
            <ManualSearch conferenceId={conferenceId} onPick={(p) => void send(p)} />
          </Card>
          <Card className="section">
            <RecentScans items={recent} />
          </Card>
          <Link to={`/checkin/roll-call?c=${conferenceId}&b=${bridgePointId}`}>
            <Button size="large" block icon={<UnorderedListOutlined />}>{t('checkin.rollCall')}</Button>
          </Link>
        </>
      )}
    </div>
  );
}
