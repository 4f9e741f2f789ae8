import type { AuditEntry } from '../../api/audit';
import type { MessageKey } from '../../i18n';
import { translateDynamic, type Lang } from '../../i18n';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { kindOfField, kindOfList } from '../../../../server/modules/audit/refs';

// An audit entry told as a sentence: who did what to which record, and each changed field as before → after.
// Record references are names the server resolved ("kind:id" → name); a raw id is never shown.

type Tr = (key: MessageKey, params?: Record<string, string | number | null | undefined>) => string;
type Names = Record<string, string>;

// What the record is, by entity; "" for units (their label says it: "Chi bộ thôn 1 · Đảng ủy xã Dân Lực").
const SUBJECT_KIND: Record<string, string> = {
  org: 'org', person: 'person', document: 'document', campaign: 'campaign', conference: 'conference',
  bridge_point: 'bridge_point', account: 'account', obligation: 'obligation', invitation: 'person', attendance: 'person',
};
// Actions done by the account to itself: the sentence needs no record.
const SELF_ACTIONS = new Set(['login', 'logout', 'password_change', 'login_failed']);
// Actions whose verb already says what the record is ("đã chuyển sinh hoạt cho Lê Văn An").
const NO_NOUN = new Set(['transfer', 'roll_call', 'absence']);

// Fields whose values are codes with a label: the i18n prefix of those labels.
const ENUM_PREFIX: Record<string, string> = {
  gender: 'people.gender', partyStatus: 'people.status', categories: 'people.cat', kind: 'kind', subkind: 'subkind',
  role: 'role', tier: 'tier', tiers: 'tier', format: 'conf.format', type: 'docs.type', level: 'docs.level',
};
// The same field name means another code list on some records.
const ENUM_BY_ENTITY: Record<string, string> = { 'position.title': 'people.title', 'campaign.status': 'campaign.status', 'org.status': 'status' };
// Names of the changed record kept in the entry itself (for a record deleted since).
const OWN_NAME = ['fullName', 'name', 'title', 'symbol', 'displayName', 'username', 'filename', 'orgName'];

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const has = (key: string) => translateDynamic('vi', key, '\u0000') !== '\u0000';

/** The name of the record the entry is about (null when it needs none, or none is known). */
export function recordName(e: AuditEntry, names: Names): string | null {
  if (SELF_ACTIONS.has(e.action)) return null;
  const kind = SUBJECT_KIND[e.entity];
  const id = e.entityId?.split(':').pop();
  if (kind && id && names[`${kind}:${id}`]) return names[`${kind}:${id}`];
  const before = obj(e.before);
  const after = obj(e.after);
  for (const src of [before, after]) {
    for (const k of OWN_NAME) if (typeof src[k] === 'string' && src[k]) return src[k] as string;
  }
  // A position or a membership is about a person.
  const personId = after.personId ?? before.personId;
  return personId != null ? names[`person:${personId}`] ?? null : null;
}

/** The verb: a unit whose name changed was renamed; otherwise by action (an unknown action reads "changed"). */
function verbKey(e: AuditEntry): string {
  const b = obj(e.before);
  const a = obj(e.after);
  if (e.action === 'update' && e.entity === 'org' && b.name && a.name && b.name !== a.name) return 'audit.verb.rename';
  return has(`audit.verb.${e.action}`) ? `audit.verb.${e.action}` : 'audit.verb.other';
}

/** "Nguyễn Văn A đã đổi tên Chi bộ thôn 1 · Đảng ủy xã Dân Lực", as parts (the names are shown in bold). */
export function sentenceParts(e: AuditEntry, t: Tr, lang: Lang) {
  const who = e.actorName ?? e.username ?? t('audit.system');
  const verb = translateDynamic(lang, verbKey(e), t('audit.verb.other'));
  const noun = SELF_ACTIONS.has(e.action) || NO_NOUN.has(e.action) ? '' : translateDynamic(lang, `audit.noun.${e.entity}`, '');
  return { who, verb, noun, name: recordName(e, e.names ?? {}) };
}

/** One value as a clerk reads it: a name for an id, a date dd/mm/yyyy, a label for a code, never JSON. */
export function formatValue(field: string, v: unknown, names: Names, t: Tr, lang: Lang, entity = ''): string {
  if (v === null || v === undefined || v === '') return '—';
  const one = kindOfField(field);
  if (one && (typeof v === 'number' || typeof v === 'string')) return names[`${one}:${v}`] ?? t('audit.unknownRecord');
  const many = kindOfList(field);
  if (many && Array.isArray(v)) return v.length ? v.map((x) => names[`${many}:${x}`] ?? t('audit.unknownRecord')).join(', ') : '—';
  const prefix = ENUM_BY_ENTITY[`${entity}.${field}`] ?? ENUM_PREFIX[field];
  if (prefix && typeof v === 'string') return translateDynamic(lang, `${prefix}.${v}`, v);
  if (prefix && Array.isArray(v)) return v.length ? v.map((x) => translateDynamic(lang, `${prefix}.${x}`, String(x))).join(', ') : '—';
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (typeof v === 'number') return formatNumber(v, 2);
  if (typeof v === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return formatDateTime(v);
    return v;
  }
  if (Array.isArray(v)) return t('audit.items', { n: v.length });
  return t('audit.details');
}

export interface Change { field: string; label: string; before: string | null; after: string }

/**
 * The fields a clerk can read that differ between before and after (or, for a creation, what was set). Fields
 * without a label (internal paths, sort keys, timestamps of the row) are left out.
 */
export function changesOf(e: AuditEntry, t: Tr, lang: Lang): Change[] {
  const names = e.names ?? {};
  const before = obj(e.before);
  const after = obj(e.after);
  const both = e.before != null && e.after != null;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const out: Change[] = [];
  for (const k of keys) {
    const specific = `audit.field.${e.entity}.${k}`;
    if (!has(specific) && !has(`audit.field.${k}`)) continue;
    const b = before[k];
    const a = after[k];
    if (both && JSON.stringify(b) === JSON.stringify(a)) continue;
    if (!both && (a ?? b) == null) continue;
    const label = translateDynamic(lang, has(specific) ? specific : `audit.field.${k}`, k);
    const show = (v: unknown) => formatValue(k, v, names, t, lang, e.entity);
    out.push(both ? { field: k, label, before: show(b), after: show(a) } : { field: k, label, before: null, after: show(e.after != null ? a : b) });
  }
  return out;
}
