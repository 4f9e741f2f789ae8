import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useT, type MessageKey } from '../i18n';
import { cameraErrorKey, cameraUnavailable } from '../lib/browserErrors';
import { createScanGate } from '../lib/scanGate';
import { Alert, Button } from '../lite';

interface Props {
  /** Called once per card shown: a code held in view is not reported again until it has left the frame. */
  onCode: (code: string) => void;
  onClose?: () => void;
}

const SCAN_EVERY_MS = 200;
/** How long a code must be out of view before it counts as shown again. */
const SAME_CODE_QUIET_MS = 3000;

/** Rear camera → canvas → jsQR. Stops the camera when closed or unmounted. */
export function QrScanner({ onCode, onClose }: Props) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const gate = useRef(createScanGate(SAME_CODE_QUIET_MS));
  const handler = useRef(onCode);
  handler.current = onCode;
  const [error, setError] = useState<MessageKey | null>(null);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    const tick = () => {
      const v = video.current;
      const c = canvas.current;
      if (!stopped && v && c && v.readyState >= v.HAVE_ENOUGH_DATA && v.videoWidth) {
        // Scan a downscaled frame: fast enough on old phones, still readable.
        const scale = Math.min(1, 640 / v.videoWidth);
        c.width = Math.round(v.videoWidth * scale);
        c.height = Math.round(v.videoHeight * scale);
        const ctx = c.getContext('2d', { willReadFrequently: true });
        if (ctx) {
          ctx.drawImage(v, 0, 0, c.width, c.height);
          const img = ctx.getImageData(0, 0, c.width, c.height);
          const found = jsQR(img.data, img.width, img.height, { inversionAttempts: 'dontInvert' });
          if (found?.data) {
            // Frames read, on the element (no re-render): a browser test can see the card was read again and ignored.
            if (box.current) box.current.dataset.reads = String(Number(box.current.dataset.reads ?? 0) + 1);
            if (gate.current(found.data)) handler.current(found.data);
          }
        }
      }
      if (!stopped) timer = window.setTimeout(tick, SCAN_EVERY_MS);
    };
    (async () => {
      const unavailable = cameraUnavailable();
      if (unavailable) return setError(unavailable);
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (stopped) return stream.getTracks().forEach((tr) => tr.stop());
        if (video.current) {
          video.current.srcObject = stream;
          await video.current.play().catch(() => undefined);
        }
        tick();
      } catch (e) {
        console.warn('camera', e); // the browser's own words, for whoever debugs a phone
        if (!stopped) setError(cameraErrorKey(e));
      }
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, []);

  return (
    <div className="qr-scanner" data-testid="qr-scanner" ref={box}>
      {error ? <Alert type="error" live title={t(error)} data-testid="camera-error" /> : (
        <div className="qr-scanner-view">
          <video ref={video} muted playsInline />
          <div className="qr-scanner-frame" aria-hidden />
          <div className="qr-scanner-hint">{t('checkin.cameraHint')}</div>
        </div>
      )}
      <canvas ref={canvas} hidden />
      {onClose && <Button block size="lg" onClick={onClose} style={{ marginTop: 8 }}>{t('checkin.stopCamera')}</Button>}
    </div>
  );
}
