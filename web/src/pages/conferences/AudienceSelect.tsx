import { Select } from 'antd';
import type { Tier } from '../../api/campaigns';
import { TIER_AUDIENCE, type AudienceChoice } from './usePlanDefaults';

/** Who a new conference invites on save: until chosen, it shows (and the form sends) the audience of the tier. */
export function AudienceSelect({ value, onChange, tier, options, id }: {
  value?: AudienceChoice; onChange?: (v: AudienceChoice) => void; tier?: Tier; options: { value: AudienceChoice; label: string }[]; id?: string;
}) {
  return (
    <Select<AudienceChoice> id={id} value={value ?? (tier ? TIER_AUDIENCE[tier] : undefined)} onChange={(v) => onChange?.(v)}
      options={options} data-testid="conference-audience" />
  );
}
