import { Button, Col, Row, Select } from 'antd';
import { DateRangeField } from '../../components/DateField';
import { useI18n } from '../../i18n';
import { fromApiDate, toApiDate } from '../../lib/format';

export const AUDIT_ENTITIES = ['org', 'person', 'position', 'mass_org_membership', 'document', 'attachment', 'account'] as const;
export const AUDIT_ACTIONS = [
  'create', 'update', 'delete', 'move', 'merge', 'dissolve', 'transfer', 'import', 'end',
  'relate', 'unrelate', 'grant', 'revoke', 'reset_password', 'password_change', 'export',
] as const;

export interface AuditFilterValues { entity: string; action: string; from: string; to: string }

export function AuditFilters({ values, onChange, onClear }: {
  values: AuditFilterValues; onChange: (p: Partial<AuditFilterValues>) => void; onClear: () => void;
}) {
  const { t, tx } = useI18n();
  return (
    <Row gutter={[8, 8]} className="filters">
      <Col xs={12} md={5}>
        <Select allowClear style={{ width: '100%' }} placeholder={t('audit.entity')} aria-label={t('audit.entity')} value={values.entity || undefined}
          onChange={(v) => onChange({ entity: v ?? '' })} data-testid="audit-entity"
          options={AUDIT_ENTITIES.map((e) => ({ value: e, label: tx('audit.entity', e) }))} />
      </Col>
      <Col xs={12} md={5}>
        <Select allowClear style={{ width: '100%' }} placeholder={t('audit.action')} aria-label={t('audit.action')} value={values.action || undefined}
          onChange={(v) => onChange({ action: v ?? '' })} data-testid="audit-action"
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: tx('audit.action', a) }))} />
      </Col>
      <Col xs={24} md={9}>
        <DateRangeField
          value={[fromApiDate(values.from) ?? null, fromApiDate(values.to) ?? null]}
          onChange={(r) => onChange({ from: toApiDate(r[0]) ?? '', to: toApiDate(r[1]) ?? '' })}
          aria-label={t('audit.range')}
          data-testid="audit-range"
        />
      </Col>
      <Col xs={24} md={5}>
        <Button block onClick={onClear}>{t('common.clearFilters')}</Button>
      </Col>
    </Row>
  );
}
