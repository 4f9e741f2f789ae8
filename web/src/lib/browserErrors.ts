import type { MessageKey, TFunction } from '../i18n';

// Browser errors (camera, storage) carry English names and messages; users get a sentence in their language
// saying what to do. The names are those of the DOMException / MediaStream specifications.
const CAMERA: Record<string, MessageKey> = {
  NotAllowedError: 'browser.camera.denied',
  PermissionDeniedError: 'browser.camera.denied',
  SecurityError: 'browser.camera.denied',
  NotFoundError: 'browser.camera.notFound',
  DevicesNotFoundError: 'browser.camera.notFound',
  OverconstrainedError: 'browser.camera.notFound',
  NotReadableError: 'browser.camera.busy',
  TrackStartError: 'browser.camera.busy',
  AbortError: 'browser.camera.busy',
};

/** Why the camera cannot be opened here, before even asking (plain http on a LAN address, an old browser). */
export function cameraUnavailable(): MessageKey | null {
  if (typeof window !== 'undefined' && window.isSecureContext === false) return 'browser.camera.insecure';
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) return 'browser.camera.unsupported';
  return null;
}

/** The message key for an error of getUserMedia / video.play. */
export function cameraErrorKey(e: unknown): MessageKey {
  const name = (e as { name?: string } | null)?.name ?? '';
  return CAMERA[name] ?? 'browser.camera.other';
}

/** Any other browser error in words (storage full, …); errors from the server are already translated. */
export function browserErrorMessage(e: unknown, t: TFunction): string {
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'ApiError') return (e as Error).message;
  if (name === 'QuotaExceededError') return t('browser.storageFull');
  if (name in CAMERA) return t(CAMERA[name]);
  return t('browser.other');
}
