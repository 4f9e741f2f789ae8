import { lazy, Suspense, type ComponentProps } from 'react';
import { useT } from '../i18n';
import { Spinner } from '../lite';
import type { QrScanner as Scanner } from './QrScanner';

// The camera scanner and its QR decoder (jsQR) are a chunk of their own, loaded by the pages that scan.
const load = () => import('./QrScanner');
const QrScannerChunk = lazy(() => load().then((m) => ({ default: m.QrScanner })));

/** Starts the download ahead of the first scan (the hall may lose the network before it). */
export function preloadQrScanner() {
  void load().catch(() => undefined);
}

export function LazyQrScanner(props: ComponentProps<typeof Scanner>) {
  const t = useT();
  return (
    <Suspense fallback={<div className="page-spin"><Spinner label={t('common.loading')} /></div>}>
      <QrScannerChunk {...props} />
    </Suspense>
  );
}
