import dayjs, { type Dayjs } from 'dayjs';
import { currentLang, type Lang } from '../i18n/lang';

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
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

/**
 * What is wrong with a date typed into a DD/MM/YYYY [HH:mm] field: null when it is empty (or still the bare mask)
 * or a real date; 'incomplete' when parts are missing; 'invalid' when the date does not exist (30/02/2024).
 */
export function typedDateProblem(text: string, format: string = DATE_FORMAT): 'incomplete' | 'invalid' | null {
  const s = text.trim();
  if (!s || s === format) return null;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}))?$/.exec(s);
  if (!m || (format.length > 10) !== (m[4] !== undefined)) return /[DMYHm]/.test(s) || s.length < format.length ? 'incomplete' : 'invalid';
  const [day, month, year, hour = 0, minute = 0] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const d = new Date(Date.UTC(year, month - 1, day));
  const exists = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day && year >= 1000;
  return exists && hour < 24 && minute < 60 ? null : 'invalid';
}

/** DatePicker value ↔ API date string. */
export const toApiDate = (d: Dayjs | null | undefined): string | undefined => (d ? d.format('YYYY-MM-DD') : undefined);
export const fromApiDate = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s, 'YYYY-MM-DD') : undefined);

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number) {
  const key = `${lang}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: digits })));
  return f;
}

/**
 * The one number format of the UI: 16358 → "16.358", 4.5 → "4,5" in Vietnamese ("16,358" in English).
 * `digits` is the most decimals shown (0 by default: counts).
 */
export function formatNumber(n: number | null | undefined, digits?: number | object, lang?: Lang | number): string {
  // Also used directly as a table column's render(value, record, index): ignore what is not ours.
  const d = typeof digits === 'number' ? digits : 0;
  return numberFormat(lang === 'vi' || lang === 'en' ? lang : currentLang(), d).format(typeof n === 'number' ? n : Number(n ?? 0));
}

/** 'HH:mm' in Vietnam time. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = parts(d, true);
  return `${p.hour}:${p.minute}`;
}

/** A rate (0..1) as a percentage in the UI language: 0.998 → "99,8%" in Vietnamese, "99.8%" in English. */
export function formatPercent(rate: number | null | undefined, lang: Lang = currentLang()): string {
  return `${formatNumber((rate ?? 0) * 100, 1, lang)}%`;
}

/** dayjs value → ISO timestamp (UTC) for the API. */
export const toApiInstant = (d: Dayjs | null | undefined): string | undefined => (d ? d.toDate().toISOString() : undefined);
