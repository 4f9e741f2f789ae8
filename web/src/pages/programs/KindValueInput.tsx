import { InputNumber, Select } from 'antd';
import type { TargetKind } from '../../api/programs';
import { useT } from '../../i18n';

interface Props {
  kind: TargetKind;
  value?: number | boolean | null;
  onChange?: (v: number | boolean | null) => void;
  id?: string;
  unit?: string | null;
  'data-testid'?: string;
  'aria-label'?: string;
}

/** The input a kind takes: reached / not yet for yes/no, 0–100 for a percentage, a whole count for units meeting. */
export function KindValueInput({ kind, value, onChange, id, unit, ...rest }: Props) {
  const t = useT();
  if (kind === 'boolean') {
    return (
      <Select id={id} value={typeof value === 'boolean' ? value : undefined} onChange={(v) => onChange?.(v)} data-testid={rest['data-testid']}
        aria-label={rest['aria-label']} placeholder={t('targets.value')}
        options={[{ value: true, label: t('targets.yes') }, { value: false, label: t('targets.no') }]} />
    );
  }
  const pct = kind === 'percentage';
  const count = kind === 'units_meeting';
  return (
    <InputNumber
      id={id}
      style={{ width: '100%' }}
      value={typeof value === 'number' ? value : null}
      onChange={(v) => onChange?.(v ?? null)}
      min={pct || count ? 0 : undefined}
      max={pct ? 100 : undefined}
      precision={count ? 0 : undefined}
      step={pct ? 0.1 : 1}
      decimalSeparator=","
      suffix={pct ? '%' : unit || undefined}
      data-testid={rest['data-testid']}
      aria-label={rest['aria-label']}
    />
  );
}
