import { PrinterOutlined } from '@ant-design/icons';
import { useMyQr } from '../../api/attendance';
import type { Me } from '../../api/auth';
import { QrImage } from '../../components/QrImage';
import { InlineError, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { Button, Card } from '../../lite';

/** The member's personal code, large, printable as a card (the print stylesheet shows only .print-area). */
export function MyQrCard({ me }: { me: Me }) {
  const t = useT();
  const qr = useMyQr();
  const unit = me.grants[0]?.orgName;
  return (
    <Card title={t('me.qr')} className="section" extra={<Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!qr.data}>{t('me.print')}</Button>}>
      {/* A kept code shows even when its refresh failed (no network). */}
      {qr.isPending ? <Loading /> : !qr.data ? <InlineError error={qr.error} /> : (
        <div className="my-qr-card print-area" data-testid="my-qr">
          <QrImage svg={qr.data.svg} alt={t('me.qr')} size={320} />
          <h3 className="my-qr-name">{me.displayName}</h3>
          {unit && <div className="lt-muted">{unit}</div>}
          <p className="lt-muted no-print" style={{ marginTop: 8 }}>{t('me.qrHint')}</p>
        </div>
      )}
    </Card>
  );
}
