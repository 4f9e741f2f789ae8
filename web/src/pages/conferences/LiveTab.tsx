import { QrcodeOutlined } from '@ant-design/icons';
import { Badge, Card, Col, Progress, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ConferenceDetail } from '../../api/conferences';
import { EmptyState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatDateTime, formatNumber, formatPercent } from '../../lib/format';
import { useConferenceParticipation } from '../../api/attendance';
import { MethodCounts } from '../reach/MethodCounts';
import { useLive } from './useLive';
import { LinkButton } from '../../components/LinkButton';

const pct = (a: number, b: number) => (b ? Math.min(100, Math.round((a / b) * 1000) / 10) : 0);

/** "Live" only while the conference runs (re-read every 30 s); before and after, when it opens or that the figures are final. */
function LiveLabel({ conf, connected }: { conf: ConferenceDetail; connected: boolean }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);
  if (now < Date.parse(conf.startsAt)) return <Badge status="default" text={t('live.notStarted', { start: formatDateTime(conf.startsAt) })} data-testid="live-status" data-state="not-started" />;
  if (now > Date.parse(conf.endsAt)) return <Badge status="default" text={t('live.ended', { end: formatDateTime(conf.endsAt) })} data-testid="live-status" data-state="ended" />;
  return <Badge status={connected ? 'processing' : 'error'} text={connected ? t('live.running') : t('live.disconnected')} data-testid="live-status" data-state="running" />;
}

/**
 * Arrivals per bridge point, updated as each check-in is recorded anywhere: the points the server lists for the viewer
 * (those of their units, at most 200 of a national conference), and the whole conference's total.
 */
export function LiveTab({ conf }: { conf: ConferenceDetail }) {
  const { t, lang } = useI18n();
  const live = useLive(conf.id, conf.bridgePoints, { attended: conf.attendedCount, invited: conf.invitedCount });
  const { total } = live;
  // By method: re-read every 30 s while the tab is open (the live stream carries totals only).
  const part = useConferenceParticipation(conf.id, 30_000);
  return (
    <div data-testid="live-attendance">
      <Row gutter={[16, 16]} align="middle" className="section">
        <Col xs={24} md={10}>
          <Typography.Text type="secondary">{t('live.total')}</Typography.Text>
          <div className="live-total" data-testid="live-total">
            {formatNumber(total.attended)} <Typography.Text type="secondary" style={{ fontSize: '1.375rem' }}>/ {formatNumber(total.invited)}</Typography.Text>
          </div>
          <Progress percent={pct(total.attended, total.invited)} aria-label={t('live.total')} format={() => formatPercent(total.invited ? total.attended / total.invited : 0, lang)} />
          {part.data && <MethodCounts byMethod={part.data.byMethod} />}
        </Col>
        <Col xs={24} md={14} style={{ textAlign: 'right' }}>
          <LiveLabel conf={conf} connected={live.connected} />
          <div style={{ marginTop: 8 }}>
            <LinkButton to={`/conferences/${conf.id}/qr`} icon={<QrcodeOutlined />}>{t('conf.projectQr')}</LinkButton>
          </div>
        </Col>
      </Row>
      {live.listed === null ? <Loading rows={2} /> : live.listed.length === 0 ? (
        <EmptyState description={live.scoped && conf.bridgePoints.length ? t('live.noPointsInScope') : t('bp.empty')} />
      ) : (
        <>
          {live.scoped && <Typography.Paragraph type="secondary" data-testid="live-scoped">{t('live.scoped')}</Typography.Paragraph>}
          <Row gutter={[12, 12]}>
            {live.listed.map((b) => {
              const c = live.byBridge[b.id] ?? { attended: 0, invited: 0 };
              return (
                <Col xs={24} sm={12} lg={8} key={b.id}>
                  <Card size="small" data-testid={`bridge-live-${b.id}`}>
                    <Typography.Text strong ellipsis={{ tooltip: b.name }} style={{ display: 'block' }}>{b.name}</Typography.Text>
                    <Progress percent={pct(c.attended, c.invited)} status={c.invited && c.attended >= c.invited ? 'success' : 'active'} showInfo={false} aria-label={b.name} />
                    <Typography.Text className="live-count">{formatNumber(c.attended)} / {formatNumber(c.invited)}</Typography.Text>
                  </Card>
                </Col>
              );
            })}
          </Row>
          {live.more > 0 && <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="live-more">{t('live.morePoints', { count: live.more })}</Typography.Paragraph>}
        </>
      )}
    </div>
  );
}
