/** Check-ins scanned while offline, kept in localStorage until the server has them. */
export interface QueuedScan {
  clientId: string;
  conferenceId: number;
  bridgePointId: number;
  code?: string;
  personId?: number;
  /** When it was really scanned: the server keeps this time, not the time of sending. */
  scannedAt: string;
  /** Name and unit from the point's kept roster, and minutes late at the scan time: shown before and after sync. */
  label?: string;
  unit?: string;
  lateMinutes?: number;
}

const KEY = 'qt.checkin.queue';

export function readQueue(): QueuedScan[] {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as QueuedScan[]) : [];
  } catch {
    return [];
  }
}

/** Throws when the browser's storage is full (QuotaExceededError): the caller says so rather than lose the scan silently. */
function write(items: QueuedScan[]) {
  localStorage.setItem(KEY, JSON.stringify(items));
}

export function enqueue(item: QueuedScan) {
  write([...readQueue(), item]);
}

export function removeFromQueue(clientIds: Set<string>) {
  write(readQueue().filter((i) => !clientIds.has(i.clientId)));
}

/** crypto.randomUUID needs a secure context; phones on a plain-http LAN address still get a random id. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
