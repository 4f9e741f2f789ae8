import { ExpandOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Typography } from 'antd';
import { useRef } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useHallQr } from '../../api/attendance';
import { useConference } from '../../api/conferences';
import { QrImage } from '../../components/QrImage';
import { ErrorState, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { formatTime } from '../../lib/format';

/** The rotating hall code, big enough to project; refreshed every minute. */
export default function HallQrPage() {
  const t = useT();
  const id = Number(useParams().id);
  const [sp, setSp] = useSearchParams();
  const conf = useConference(id);
  const mainId = conf.data?.bridgePoints.find((b) => b.isMain)?.id;
  const bridgePointId = Number(sp.get('bp')) || mainId;
  const qr = useHallQr(conf.data ? id : 0, bridgePointId);
  const box = useRef<HTMLDivElement>(null);
  if (conf.isPending) return <Loading />;
  if (conf.isError) return <ErrorState error={conf.error} onRetry={() => conf.refetch()} />;

  return (
    <Card ref={box} className="hall-qr-view" data-testid="hall-qr">
      <Flex justify="space-between" wrap gap={8} className="no-print" style={{ marginBottom: 8 }}>
        <Select style={{ minWidth: 220 }} value={bridgePointId} onChange={(v) => setSp({ bp: String(v) }, { replace: true })}
          options={conf.data.bridgePoints.map((b) => ({ value: b.id, label: b.name }))} placeholder={t('inv.bridgePoint')} aria-label={t('inv.bridgePoint')} />
        <Button icon={<ExpandOutlined />} onClick={() => void box.current?.requestFullscreen?.()}>{t('live.fullscreen')}</Button>
      </Flex>
      <Typography.Title level={2} style={{ marginTop: 0 }}>{conf.data.title}</Typography.Title>
      {qr.isError ? <ErrorState error={qr.error} onRetry={() => qr.refetch()} /> : qr.data ? (
        <>
          <QrImage svg={qr.data.svg} alt={t('conf.projectQr')} testId="hall-qr-image" />
          <Typography.Paragraph style={{ fontSize: '1.25rem', marginTop: 12 }}>{t('live.qrHint')}</Typography.Paragraph>
          {qr.data.expiresAt && <Typography.Text type="secondary">{t('live.qrExpires', { time: formatTime(qr.data.expiresAt) })}</Typography.Text>}
        </>
      ) : <Loading />}
    </Card>
  );
}
