import { Typography } from 'antd';
import type { AuditEntry } from '../../api/audit';
import { useI18n } from '../../i18n';
import { changesOf, sentenceParts } from './sentence';

/** One log entry as a sentence ("Nguyễn Văn A đã đổi tên Chi bộ thôn 1 · Đảng ủy xã Dân Lực") and its changes, before → after. */
export function AuditSentence({ entry }: { entry: AuditEntry }) {
  const { t, lang } = useI18n();
  const s = sentenceParts(entry, t, lang);
  const changes = changesOf(entry, t, lang);
  return (
    <div data-testid="audit-sentence">
      <div>
        <strong>{s.who}</strong> {s.verb}{s.noun ? ` ${s.noun}` : ''}{s.name ? <> <strong>{s.name}</strong></> : null}
      </div>
      {changes.length > 0 && (
        <ul className="audit-changes" data-testid="audit-changes" style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
          {changes.map((c) => (
            <li key={c.field}>
              <Typography.Text type="secondary">{c.label}:</Typography.Text>{' '}
              {c.before !== null ? <><span>{c.before}</span> → <span>{c.after}</span></> : <span>{c.after}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
