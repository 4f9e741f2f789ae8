import { Select } from 'antd';
import { useState } from 'react';
import { useCampaigns } from '../../api/campaigns';
import { useT } from '../../i18n';
import { resultsFor } from '../../components/searchResults';
import { useDebounced } from '../../lib/hooks';

/** Choose a campaign by title; `label` names the current one when it is not among the results. */
export function CampaignSelect({ value, onChange, label, id, disabled }: { value?: number; onChange?: (v?: number) => void; label?: string; id?: string; disabled?: boolean }) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const list = useCampaigns({ q: q || undefined, status: 'active' }, 1, 20);
  const options = (resultsFor(list)?.items ?? []).map((c) => ({ value: c.id, label: `${c.title} · ${c.orgName}` }));
  if (value && label && !options.some((o) => o.value === value)) options.unshift({ value, label });
  return (
    <Select id={id} disabled={disabled} value={value} onChange={onChange} showSearch={{ filterOption: false, onSearch: setText }} loading={list.isFetching}
      options={options} placeholder={t('campaigns.searchPlaceholder')} notFoundContent={t('campaigns.empty')} style={{ width: '100%' }} />
  );
}
