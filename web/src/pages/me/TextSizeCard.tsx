import { useT } from '../../i18n';
import { setLargeText, useLargeText } from '../../lib/textSize';
import { Card, Switch } from '../../lite';

/** The member's "larger text" switch: kept on this device, read by the whole app. */
export function TextSizeCard() {
  const t = useT();
  const large = useLargeText();
  return (
    <Card title={t('access.display')} className="section no-print" data-testid="text-size">
      <div className="lt-row" style={{ gap: 12, flexWrap: 'nowrap' }}>
        <Switch id="large-text" checked={large} onChange={setLargeText} aria-describedby="large-text-hint" data-testid="large-text" />
        <div>
          <label htmlFor="large-text" style={{ fontWeight: 600 }}>{t('access.largeText')}</label>
          <div className="lt-muted" id="large-text-hint">{t('access.largeTextHint')}</div>
        </div>
      </div>
    </Card>
  );
}
