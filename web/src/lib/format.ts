import dayjs, { type Dayjs } from 'dayjs';

const TZ = 'Asia/Ho_Chi_Minh';

/** 'YYYY-MM-DD' (a calendar date, no time zone) → 'dd/mm/yyyy'. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  if (value.length > 10) return formatDateTime(value, false);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

const parts = (d: Date, withTime: boolean) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    }).formatToParts(d).map((p) => [p.type, p.value]),
  );

/** An ISO timestamp (UTC) shown in Vietnam time: 'dd/mm/yyyy HH:mm'. */
export function formatDateTime(value: string | null | undefined, withTime = true): string {
  if (!value) return '—';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = parts(d, withTime);
  const date = `${p.day}/${p.month}/${p.year}`;
  return withTime ? `${date} ${p.hour}:${p.minute}` : date;
}

/** Today in Vietnam as 'YYYY-MM-DD'. */
export function todayVn(): string {
  const p = parts(new Date(), false);
  return `${p.year}-${p.month}-${p.day}`;
}

export const DATE_FORMAT = 'DD/MM/YYYY';

/** DatePicker value ↔ API date string. */
export const toApiDate = (d: Dayjs | null | undefined): string | undefined => (d ? d.format('YYYY-MM-DD') : undefined);
export const fromApiDate = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s, 'YYYY-MM-DD') : undefined);

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const formatNumber = (n: number | null | undefined) => (n ?? 0).toLocaleString('vi-VN');

/** 'HH:mm' in Vietnam time. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = parts(d, true);
  return `${p.hour}:${p.minute}`;
}

/** A rate (0..1) as a percentage in the UI language: 0.998 → "99,8%" in Vietnamese, "99.8%" in English. */
export function formatPercent(rate: number | null | undefined, lang: 'vi' | 'en' = 'vi'): string {
  const n = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 }).format((rate ?? 0) * 100);
  return `${n}%`;
}

/** dayjs value → ISO timestamp (UTC) for the API. */
export const toApiInstant = (d: Dayjs | null | undefined): string | undefined => (d ? d.toDate().toISOString() : undefined);
