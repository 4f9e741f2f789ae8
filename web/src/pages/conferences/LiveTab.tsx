import { QrcodeOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Progress, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ConferenceDetail } from '../../api/conferences';
import { EmptyState } from '../../components/States';
import { useI18n } from '../../i18n';
import { formatNumber, formatPercent } from '../../lib/format';
import { useLive } from './useLive';

const pct = (a: number, b: number) => (b ? Math.min(100, Math.round((a / b) * 1000) / 10) : 0);

/** Arrivals per bridge point, updated as each check-in is recorded anywhere. */
export function LiveTab({ conf }: { conf: ConferenceDetail }) {
  const { t, lang } = useI18n();
  const live = useLive(conf.id, conf.bridgePoints, { attended: conf.attendedCount, invited: conf.invitedCount });
  const { total } = live;
  return (
    <div data-testid="live-attendance">
      <Row gutter={[16, 16]} align="middle" className="section">
        <Col xs={24} md={10}>
          <Typography.Text type="secondary">{t('live.total')}</Typography.Text>
          <div className="live-total" data-testid="live-total">
            {formatNumber(total.attended)} <Typography.Text type="secondary" style={{ fontSize: 22 }}>/ {formatNumber(total.invited)}</Typography.Text>
          </div>
          <Progress percent={pct(total.attended, total.invited)} format={() => formatPercent(total.invited ? total.attended / total.invited : 0, lang)} />
        </Col>
        <Col xs={24} md={14} style={{ textAlign: 'right' }}>
          <Badge status={live.connected ? 'processing' : 'error'} text={live.connected ? t('live.connected') : t('live.disconnected')} data-testid="live-status" />
          <div style={{ marginTop: 8 }}>
            <Link to={`/conferences/${conf.id}/qr`}><Button icon={<QrcodeOutlined />}>{t('conf.projectQr')}</Button></Link>
          </div>
        </Col>
      </Row>
      {conf.bridgePoints.length === 0 ? <EmptyState description={t('bp.empty')} /> : (
        <Row gutter={[12, 12]}>
          {conf.bridgePoints.map((b) => {
            const c = live.byBridge[b.id] ?? { attended: 0, invited: 0 };
            return (
              <Col xs={24} sm={12} lg={8} key={b.id}>
                <Card size="small" data-testid={`bridge-live-${b.id}`}>
                  <Typography.Text strong ellipsis={{ tooltip: b.name }} style={{ display: 'block' }}>{b.name}</Typography.Text>
                  <Progress percent={pct(c.attended, c.invited)} status={c.invited && c.attended >= c.invited ? 'success' : 'active'} showInfo={false} />
                  <Typography.Text className="live-count">{formatNumber(c.attended)} / {formatNumber(c.invited)}</Typography.Text>
                </Card>
              </Col>
            );
          })}
        </Row>
      )}
    </div>
  );
}
