import { currentLang } from '../i18n/lang';
import { noteAnswer, noteNoAnswer } from '../lib/connectivity';

export interface ApiErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
  details?: unknown;
}

/** Every failed request: the HTTP status and the server's error body (message already in the UI language). */
export class ApiError extends Error {
  status: number;
  code: string;
  fields?: Record<string, string>;
  details?: unknown;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields;
    this.details = body.details;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** Query string without empty values, so filters left blank are not sent. */
export function toQuery(params: Query = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  method?: string;
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

async function readError(res: Response): Promise<ApiError> {
  let body: ApiErrorBody = { code: `http_${res.status}`, message: res.statusText || `HTTP ${res.status}` };
  try {
    const json = (await res.json()) as { error?: ApiErrorBody };
    if (json?.error?.message) body = json.error;
  } catch {
    // Not JSON (a proxy page): keep the status text.
  }
  return new ApiError(res.status, body);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    const res = await fetch(path, init);
    noteAnswer();
    return res;
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    noteNoAnswer();
    const vi = currentLang() === 'vi';
    throw new ApiError(0, {
      code: 'network',
      message: vi ? 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.' : 'Cannot reach the server. Check the network and try again.',
    });
  }
}

/** The one way the web app talks to the API: JSON in and out, session cookie, UI language. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  const isForm = typeof FormData !== 'undefined' && opts.body instanceof FormData;
  if (opts.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  const res = await send(`/api${path}${toQuery(opts.query)}`, {
    method: opts.method ?? (opts.body === undefined ? 'GET' : 'POST'),
    headers,
    credentials: 'same-origin',
    body: opts.body === undefined ? undefined : isForm ? (opts.body as FormData) : JSON.stringify(opts.body),
    signal: opts.signal,
  });
  if (!res.ok) throw await readError(res);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('application/json') ? await res.json() : await res.text()) as T;
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal) => api<T>(path, { query, signal });
export const post = <T>(path: string, body?: unknown) => api<T>(path, { method: 'POST', body: body ?? {} });
export const patch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body });
export const del = <T = void>(path: string, query?: Query) => api<T>(path, { method: 'DELETE', query });

/** URL for a browser download (export, attachment): same origin, so the session cookie goes along. */
export const downloadUrl = (path: string, query?: Query) => `/api${path}${toQuery(query)}`;

/** One page of a list endpoint (the server's pageOf / toPage shape). */
export type { Page } from '../../../server/core/pagination';

/**
 * Downloads a generated file (an Excel export) through fetch rather than a plain link: the request carries the UI
 * language (the file's headers follow it), and a refusal (too many rows, no right) comes back as an ApiError to
 * show, instead of the browser saving the error as a file. Resolves to the file's name.
 */
export async function downloadFile(path: string, query?: Query): Promise<string> {
  const res = await send(`/api${path}${toQuery(query)}`, { headers: { 'Accept-Language': currentLang() }, credentials: 'same-origin' });
  if (!res.ok) throw await readError(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'export.xlsx';
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
