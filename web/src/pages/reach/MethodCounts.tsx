import { Tag, Typography } from 'antd';
import type { ByMethod } from '../../api/attendance';
import { useT } from '../../i18n';
import { formatNumber } from '../../lib/format';

const ORDER = ['hall_qr', 'card', 'manual', 'roll_call', 'listening'] as const;

/** How the presences were recorded: the member's own phone, a card scanned by staff, by name, roll call, listening. */
export function MethodCounts({ byMethod, hint }: { byMethod: ByMethod; hint?: string }) {
  const t = useT();
  return (
    <div data-testid="method-counts">
      <Typography.Text type="secondary">{t('method.title')}</Typography.Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 4 }}>
        {ORDER.map((m) => (
          <Tag key={m} data-testid={`method-${m}`} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
            {t(`method.${m}`)}: <strong>{formatNumber(byMethod[m])}</strong>
          </Tag>
        ))}
      </div>
      {hint && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{hint}</Typography.Text>}
    </div>
  );
}
