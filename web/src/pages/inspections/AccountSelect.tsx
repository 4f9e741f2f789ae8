import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useCandidates } from '../../api/inspections';
import { useI18n } from '../../i18n';
import { useDebounced } from '../../lib/hooks';
import { resultsFor } from '../../components/searchResults';

export interface AccountLabel { id: number; displayName: string; username: string }

/**
 * The team's leader or members: accounts of the plan's unit and below (/inspection-plans/:id/candidates).
 * `known` names the accounts already chosen (editing), which the current search may not list.
 */
export function AccountSelect({ planId, value, onChange, multiple, known = [], id, 'data-testid': testId }: {
  planId: number; value?: number | number[] | null; onChange?: (v: number | number[] | undefined) => void; multiple?: boolean;
  known?: AccountLabel[]; id?: string; 'data-testid'?: string;
}) {
  const { t, tx } = useI18n();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const list = useCandidates(planId, q);
  const found = resultsFor(list) ?? [];
  const options = found.map((c) => ({
    value: c.id,
    label: `${c.displayName} (${c.username})`,
    sub: c.roles.map((r) => `${tx('role', r.role)} · ${r.orgName}`).join('; '),
  }));
  for (const k of known) if (!options.some((o) => o.value === k.id)) options.push({ value: k.id, label: `${k.displayName} (${k.username})`, sub: '' });
  return (
    <Select
      id={id}
      data-testid={testId}
      mode={multiple ? 'multiple' : undefined}
      style={{ width: '100%' }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      onOpenChange={(open) => !open && setText('')}
      loading={list.isFetching}
      placeholder={t('insp.pickAccount')}
      notFoundContent={list.isFetching ? <Spin size="small" /> : t('common.empty')}
      options={options}
      optionRender={(o) => (
        <div className="org-option">
          <div>{o.label}</div>
          {(o.data as { sub?: string }).sub && <div className="org-option-sub">{(o.data as { sub?: string }).sub}</div>}
        </div>
      )}
    />
  );
}
