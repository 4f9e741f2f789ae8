import { useT } from '../../i18n';
import { setLargeText, useLargeText } from '../../lib/textSize';
import { Card, SwitchField } from '../../lite';

/** The member's "larger text" switch: kept on this device, read by the whole app. */
export function TextSizeCard() {
  const t = useT();
  const large = useLargeText();
  return (
    <Card title={t('access.display')} className="section no-print" data-testid="text-size">
      <SwitchField id="large-text" label={t('access.largeText')} hint={t('access.largeTextHint')} checked={large}
        onChange={(e) => setLargeText(e.target.checked)} data-testid="large-text" className="lt-field-flush" />
    </Card>
  );
}
