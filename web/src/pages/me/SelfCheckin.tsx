import { ScanOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useSelfCheckin } from '../../api/attendance';
import { LazyQrScanner } from '../../components/LazyQrScanner';
import { useT } from '../../i18n';
import { Button, Dialog } from '../../lite';
import { entryFromResult, type ScanEntry } from '../checkin/useCheckin';
import { ScanResult } from '../checkin/ScanResult';

/** The member scans the code projected in the hall and checks themself in. */
export function SelfCheckin() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<ScanEntry | null>(null);
  const self = useSelfCheckin();

  const onCode = (code: string) => {
    if (self.isPending) return;
    self.mutate(code, {
      onSuccess: (r) => { setResult(entryFromResult('self', r)); navigator.vibrate?.(150); },
      onError: (e) => setResult({ id: 'self', kind: 'err', name: '', message: e.message, at: new Date().toISOString() }),
    });
  };
  const ok = result && result.kind !== 'err';

  return (
    <>
      <Button variant="primary" size="lg" block icon={<ScanOutlined />} className="self-checkin" onClick={() => { setResult(null); setOpen(true); }} data-testid="self-checkin">
        {t('me.selfCheckin')}
      </Button>
      {/* The scanner is mounted only while the dialog is open: closing it stops the camera. */}
      <Dialog open={open} onClose={() => setOpen(false)} title={t('me.selfHint')} data-testid="self-checkin-dialog">
        {!ok && <LazyQrScanner onCode={onCode} />}
        {result && <ScanResult entry={result} />}
        {ok && <Button block size="lg" onClick={() => setOpen(false)}>{t('common.close')}</Button>}
      </Dialog>
    </>
  );
}
