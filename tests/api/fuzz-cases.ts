// Cases for the fuzz test, generated from the OpenAPI document: valid-looking values around one malformed part.

export type Schema = {
  type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; enum?: unknown[];
  format?: string; minimum?: number; maximum?: number; minLength?: number; maxLength?: number; minItems?: number;
  maxItems?: number; nullable?: boolean; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[]; pattern?: string;
};
export type Param = { in: 'path' | 'query'; name: string; required?: boolean; schema: Schema };
export type Op = { method: string; path: string; params: Param[]; body?: Schema; multipart: boolean; stream: boolean };
/** `strict`: only a 400 is right (the schema must refuse it; a 404/409 would mean it got past validation). */
export type Case = { label: string; url: string; body?: string; contentType?: string; field?: string; cookie?: string | null; strict?: boolean };

// ---- values
/** Real ids of the fixture for a parameter or field name (set by the test once its records exist). */
let idFor: (name: string, path: string) => number = () => 1;
export function useIds(fn: (name: string, path: string) => number) {
  idFor = fn;
}
const MB = 'x'.repeat(1024 * 1024);
export const typeOf = (s: Schema): string | undefined => {
  if (s.anyOf || s.oneOf) return typeOf((s.anyOf ?? s.oneOf)!.find((x) => x.type !== 'null') ?? {});
  if (s.allOf) return typeOf(s.allOf[0]);
  return Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
};
export const unwrap = (s: Schema): Schema => (s.anyOf || s.oneOf ? unwrap((s.anyOf ?? s.oneOf)!.find((x) => x.type !== 'null') ?? {}) : s.allOf ? unwrap(s.allOf[0]) : s);
const nullable = (s: Schema) => !!s.nullable || !!(s.anyOf ?? s.oneOf)?.some((x) => x.type === 'null') || (Array.isArray(s.type) && s.type.includes('null'));

function validValue(raw: Schema, name: string, path: string): unknown {
  const s = unwrap(raw);
  if (s.enum) return s.enum[0];
  switch (typeOf(s)) {
    case 'integer': case 'number':
      if (/id$/i.test(name)) return idFor(name, path);
      return Math.min(Math.max(1, s.minimum ?? 1), s.maximum ?? 1);
    case 'boolean': return true;
    case 'array': return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => validValue(s.items ?? {}, name.replace(/s$/, ''), path));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const k of s.required ?? []) out[k] = validValue(s.properties?.[k] ?? {}, k, path);
      return out;
    }
    default: {
      if (s.format === 'date') return '2026-03-10';
      if (s.format === 'date-time') return '2026-03-10T01:00:00Z';
      if (/symbol/i.test(name)) return '12-NQ/HU';
      if (/email/i.test(name)) return 'thu@example.vn';
      if (/phone/i.test(name)) return '0912345678';
      if (/username/i.test(name)) return 'nguoi.thu';
      const text = 'Nội dung thử nghiệm';
      return text.padEnd(s.minLength ?? 0, 'x').slice(0, s.maxLength ?? text.length);
    }
  }
}

/** Values no field of this schema accepts, each with a label. */
/** `big`: this field gets the 1 MB string (one field per operation: the bound is what is tested). */
function badValues(raw: Schema, big: boolean): Array<[string, unknown]> {
  const s = unwrap(raw);
  const out: Array<[string, unknown]> = [];
  if (!nullable(raw)) out.push(['null', null]);
  const t = typeOf(s);
  if (s.enum) out.push(['unknown enum', 'khong-co-gia-tri-nay']);
  if (t === 'integer' || t === 'number') {
    out.push(['string for number', 'abc'], ['boolean for number', true], ['1e20', 1e20], ['-1e20', -1e20]);
    if (t === 'integer') out.push(['2147483648', 2147483648], ['1.5', 1.5]);
    if ((s.minimum ?? -Infinity) >= 0) out.push(['-1', -1]);
  } else if (t === 'string') {
    out.push(['number for string', 12345], ['object for string', { a: 1 }], ['NUL', 'ab\u0000cd'], ['U+D800', 'ab\ud800cd']);
    if (s.maxLength !== undefined) out.push(big ? ['1 MB string', MB] : [`${s.maxLength + 1} characters`, 'x'.repeat(s.maxLength + 1)]);
    if (s.format === 'date') out.push(['2024-02-30', '2024-02-30'], ['2023-02-29', '2023-02-29'], ['2024-13-01', '2024-13-01']);
    if (s.format === 'date-time') out.push(['2024-02-30T…', '2024-02-30T08:00:00+07:00'], ['2023-02-29T…', '2023-02-29T08:00:00Z'], ['2024-13-01T…', '2024-13-01T00:00:00Z']);
  } else if (t === 'boolean') {
    out.push(['string for boolean', 'yes'], ['number for boolean', 2]);
  } else if (t === 'array') {
    out.push(['object for array', { a: 1 }], ['string for array', 'abc']);
  } else if (t === 'object') {
    out.push(['array for object', [1, 2]], ['string for object', 'abc']);
  }
  return out;
}

/** Field paths of a body schema, one level into nested objects and the first item of arrays. */
function fieldsOf(raw: Schema, prefix: string[] = [], depth = 0): Array<{ path: string[]; schema: Schema; name: string }> {
  const s = unwrap(raw);
  const t = typeOf(s);
  const out: Array<{ path: string[]; schema: Schema; name: string }> = [];
  if (t === 'object' && s.properties) {
    for (const [k, v] of Object.entries(s.properties)) {
      out.push({ path: [...prefix, k], schema: v, name: k });
      if (depth < 2) out.push(...fieldsOf(v, [...prefix, k], depth + 1));
    }
  } else if (t === 'array' && s.items && depth < 2) {
    out.push(...fieldsOf(s.items, [...prefix, '0'], depth + 1));
  }
  return out;
}

function setAt(base: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  let cur: Record<string, unknown> = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i];
    if (cur[k] === null || typeof cur[k] !== 'object') cur[k] = /^\d+$/.test(path[i + 1]) ? [] : {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[path[path.length - 1]] = value;
  return copy;
}

// ---- cases of one operation
export function urlOf(op: Op, pathValues: Record<string, string>, query: Record<string, string | string[]>): string {
  const p = op.path.replace(/\{(\w+)\}/g, (_, n: string) => pathValues[n]);
  const qs = Object.entries(query).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${encodeURIComponent(k)}=${x}`)).join('&');
  return qs ? `${p}?${qs}` : p;
}

const PATH_BAD = ['2147483648', '1e20', '-1', '1.5', '0', 'abc', '%00', '%ED%A0%80', '%', 'x'.repeat(300), '9'.repeat(150)];
const QUERY_BAD: Record<string, string[]> = {
  integer: ['2147483648', '1e20', '-1', '1.5', 'abc', ''],
  number: ['1e400', 'abc'],
  string: ['%00', encodeURIComponent('ab\u0000'), 'x'.repeat(10_000)],
  boolean: ['maybe'],
  date: ['2024-02-30', '2023-02-29', '2024-13-01', '2024-2-3'],
  'date-time': [encodeURIComponent('2024-02-30T08:00:00+07:00'), '2024-13-01T00:00:00Z'],
};

export function validParts(op: Op) {
  const validPath = Object.fromEntries(op.params.filter((p) => p.in === 'path').map((p) => [p.name, String(validValue(p.schema, p.name, op.path))]));
  const validQuery: Record<string, string> = {};
  for (const q of op.params) if (q.in === 'query' && q.required) validQuery[q.name] = encodeURIComponent(String(validValue(q.schema, q.name, op.path)));
  return { validPath, validQuery };
}

/** The valid-looking request itself: path, required query and body filled, nothing malformed. */
export function validCase(op: Op): Case {
  const { validPath, validQuery } = validParts(op);
  const body = op.body ? JSON.stringify(validValue(op.body, 'body', op.path)) : undefined;
  return { label: 'valid-looking', url: urlOf(op, validPath, validQuery), body };
}

export function casesOf(op: Op): Case[] {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const { validPath, validQuery } = validParts(op);
  const baseBody = op.body ? validValue(op.body, 'body', op.path) : undefined;
  const json = baseBody === undefined ? undefined : JSON.stringify(baseBody);
  const cases: Case[] = [];

  for (const p of pathParams) {
    const strict = typeOf(unwrap(p.schema)) === 'integer';
    for (const bad of PATH_BAD) cases.push({ label: `path ${p.name}=${bad.slice(0, 20)}`, url: urlOf(op, { ...validPath, [p.name]: bad }, validQuery), body: json, field: p.name, strict });
  }
  if (op.stream) return cases; // a valid path would open a never-ending stream
  for (const q of queryParams) {
    const s = unwrap(q.schema);
    const kind = s.format === 'date' || s.format === 'date-time' ? s.format : typeOf(s) ?? 'string';
    const bads = [...(QUERY_BAD[kind] ?? QUERY_BAD.string), ...(s.enum ? ['zzz'] : [])];
    for (const bad of bads) {
      const strict = kind !== 'string' || bad.length < 100 || s.maxLength !== undefined;
      cases.push({ label: `query ${q.name}=${bad.slice(0, 20)}`, url: urlOf(op, validPath, { ...validQuery, [q.name]: bad }), body: json, field: q.name, strict });
    }
    cases.push({ label: `query ${q.name} twice`, url: urlOf(op, validPath, { ...validQuery, [q.name]: ['1', '2'] }), body: json });
  }
  const url = urlOf(op, validPath, validQuery);
  if (op.multipart) {
    const part = (b: string, close = true) => `--${b}\r\nContent-Disposition: form-data; name="file"; filename="tep.pdf"\r\n\r\n%PDF-1.4\n%%EOF\r\n${close ? `--${b}--\r\n` : ''}`;
    cases.push(
      { label: 'multipart without boundary', url, contentType: 'multipart/form-data', body: part('b1'), strict: true },
      { label: 'multipart wrong boundary', url, contentType: 'multipart/form-data; boundary=khac', body: part('b1'), strict: true },
      { label: 'multipart truncated', url, contentType: 'multipart/form-data; boundary=b1', body: part('b1', false).slice(0, -8), strict: true },
      { label: 'multipart garbage', url, contentType: 'multipart/form-data; boundary=b1', body: '\u0000\u0001', strict: true },
      { label: 'multipart NUL in the file name', url, contentType: 'multipart/form-data; boundary=b1', body: `--b1\r\nContent-Disposition: form-data; name="file"; filename="te\u0000p.pdf"\r\n\r\n%PDF-1.4\n%%EOF\r\n--b1--\r\n` }, // 400 where the name is kept, 422 where only the content counts
      { label: 'multipart NUL field', url, contentType: 'multipart/form-data; boundary=b1', body: `--b1\r\nContent-Disposition: form-data; name="orgId"\r\n\r\n1\u0000\r\n--b1--\r\n`, strict: true },
    );
  }
  if (op.method === 'GET' || op.method === 'DELETE' || op.method === 'HEAD') {
    // A body where none is expected: whatever the answer, below 500 and in our shape.
    cases.push({ label: 'non-JSON body on a bodiless method', url, body: '{"a": 1,' });
    return cases;
  }
  // Whole-body classes: not JSON under a JSON content type, empty, the wrong shape.
  cases.push(
    { label: 'non-JSON body', url, body: '{"a": 1,', strict: true },
    { label: 'non-JSON body (text)', url, body: 'xin chào', strict: true },
    { label: 'NUL in a key', url, body: '{"a\\u0000b": 1}', strict: true },
    { label: '__proto__ key', url, body: '{"__proto__": {"admin": true}}', strict: true },
  );
  if (!op.body) return cases;
  const t = typeOf(unwrap(op.body));
  cases.push(
    { label: 'empty body', url, body: '', strict: true },
    { label: 'null body', url, body: 'null', strict: true },
    { label: 'number body', url, body: '123', strict: true },
    { label: 'string body', url, body: '"abc"', strict: true },
    { label: t === 'array' ? 'object for array body' : 'array for object body', url, body: t === 'array' ? '{"a":1}' : '[{"a":1}]', strict: true },
    { label: 'body as text/plain', url, body: json, contentType: 'text/plain' },
    { label: 'deeply nested body', url, body: `${'['.repeat(5000)}${']'.repeat(5000)}`, strict: true },
  );
  const lists = [{ path: [] as string[], schema: op.body }, ...fieldsOf(op.body)];
  for (const f of lists) {
    const sc = unwrap(f.schema);
    if (typeOf(sc) !== 'array' || sc.maxItems === undefined || sc.maxItems > 5000) continue;
    const item = validValue(sc.items ?? {}, 'item', op.path);
    const long = Array.from({ length: sc.maxItems + 1 }, () => item);
    const field = f.path.join('.');
    cases.push({ label: `${field || 'body'}: ${sc.maxItems + 1} items`, url, body: JSON.stringify(f.path.length ? setAt(baseBody, f.path, long) : long), field: field || 'body', strict: true });
  }
  let bigSent = false;
  for (const f of fieldsOf(op.body)) {
    const big: boolean = !bigSent && typeOf(unwrap(f.schema)) === 'string' && unwrap(f.schema).maxLength !== undefined;
    bigSent ||= big;
    for (const [label, v] of badValues(f.schema, big)) {
      cases.push({ label: `body ${f.path.join('.')}: ${label}`, url, body: JSON.stringify(setAt(baseBody, f.path, v)), field: f.path.join('.'), strict: true });
    }
  }
  return cases;
}
