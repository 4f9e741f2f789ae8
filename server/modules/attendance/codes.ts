import { createHmac, timingSafeEqual } from 'node:crypto';

// Pure signing and verification of the two QR tokens. Signatures are HMAC-SHA256 truncated to
// 16 bytes (22 base64url characters): enough against forgery, short enough for a small QR code.

const SIG_BYTES = 16;
export const WINDOW_MS = 60_000;

function sign(key: Buffer | string, message: string): string {
  return createHmac('sha256', key).update(message).digest().subarray(0, SIG_BYTES).toString('base64url');
}

function sameSig(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Personal card code: "QT1.<personId>.<sig>", valid for as long as the installation key. */
export function personCode(key: Buffer, personId: number): string {
  const body = `QT1.${personId}`;
  return `${body}.${sign(key, body)}`;
}

/** The person id of a genuine personal code, or null (forged, altered, or not a personal code). */
export function verifyPersonCode(key: Buffer, code: string): number | null {
  const m = /^QT1\.(\d{1,10})\.([A-Za-z0-9_-]{22})$/.exec(code.trim());
  if (!m) return null;
  const id = Number(m[1]);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2147483647) return null;
  return sameSig(sign(key, `QT1.${m[1]}`), m[2]) ? id : null;
}

export const minuteWindow = (now: number) => Math.floor(now / WINDOW_MS);

/** Rotating hall code: "QTH.<conferenceId>.<bridgePointId or 0>.<minuteWindow>.<sig>", keyed by the conference's hall secret. */
export function hallCode(hallSecret: string, conferenceId: number, bridgePointId: number | null, window: number): string {
  const body = `QTH.${conferenceId}.${bridgePointId ?? 0}.${window}`;
  return `${body}.${sign(hallSecret, body)}`;
}

export interface HallCodeParts { conferenceId: number; bridgePointId: number | null; window: number; body: string; sig: string }

/** Splits a hall code without trusting it: the conference id tells which secret to verify with. */
export function parseHallCode(code: string): HallCodeParts | null {
  const m = /^QTH\.(\d{1,10})\.(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{22})$/.exec(code.trim());
  if (!m) return null;
  const bp = Number(m[2]);
  return { conferenceId: Number(m[1]), bridgePointId: bp === 0 ? null : bp, window: Number(m[3]), body: `QTH.${m[1]}.${m[2]}.${m[3]}`, sig: m[4] };
}

export type HallVerdict = 'ok' | 'invalid' | 'expired';

/** Genuine and from the current or the previous minute window (a code shown just before the turn still works). */
export function verifyHallCode(hallSecret: string, parts: HallCodeParts, now: number): HallVerdict {
  if (!sameSig(sign(hallSecret, parts.body), parts.sig)) return 'invalid';
  const current = minuteWindow(now);
  return parts.window === current || parts.window === current - 1 ? 'ok' : 'expired';
}
