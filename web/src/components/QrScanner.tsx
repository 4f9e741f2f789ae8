import { Alert, Button } from 'antd';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';

interface Props {
  /** Called once per distinct code; the same code is ignored for a few seconds (it stays in view). */
  onCode: (code: string) => void;
  onClose?: () => void;
}

const SCAN_EVERY_MS = 200;
const SAME_CODE_PAUSE_MS = 4000;

/** Rear camera → canvas → jsQR. Stops the camera when closed or unmounted. */
export function QrScanner({ onCode, onClose }: Props) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ code: string; at: number }>({ code: '', at: 0 });
  const handler = useRef(onCode);
  handler.current = onCode;
  const [error, setError] = useState<string | null>(null);

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
          const now = Date.now();
          if (found?.data && (found.data !== last.current.code || now - last.current.at > SAME_CODE_PAUSE_MS)) {
            last.current = { code: found.data, at: now };
            handler.current(found.data);
          }
        }
      }
      if (!stopped) timer = window.setTimeout(tick, SCAN_EVERY_MS);
    };
    (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error('getUserMedia');
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (stopped) return stream.getTracks().forEach((tr) => tr.stop());
        if (video.current) {
          video.current.srcObject = stream;
          await video.current.play().catch(() => undefined);
        }
        tick();
      } catch (e) {
        setError((e as Error).message || String(e));
      }
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, []);

  return (
    <div className="qr-scanner" data-testid="qr-scanner">
      {error ? <Alert type="error" showIcon title={t('checkin.cameraError', { message: error })} /> : (
        <div className="qr-scanner-view">
          <video ref={video} muted playsInline />
          <div className="qr-scanner-frame" aria-hidden />
          <div className="qr-scanner-hint">{t('checkin.cameraHint')}</div>
        </div>
      )}
      <canvas ref={canvas} hidden />
      {onClose && <Button block size="large" onClick={onClose} style={{ marginTop: 8 }}>{t('checkin.stopCamera')}</Button>}
    </div>
  );
}
