import { Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useOrg, useOrgRoots, useOrgSearch } from '../api/orgs';
import { useI18n } from '../i18n';
import { useDebounced } from '../lib/hooks';
import { resultsFor } from './searchResults';

interface Props {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  /** Units that may not be chosen (the unit itself when moving it). */
  exclude?: number[];
  allowClear?: boolean;
  id?: string;
  'data-testid'?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
  disabled?: boolean;
}

/** Choose a unit by typing part of its name (with or without diacritics): /api/orgs/search. */
export function OrgPicker({ value, onChange, placeholder, exclude = [], allowClear = true, id, style, disabled, ...rest }: Props) {
  const { t, tx } = useI18n();
  const [text, setText] = useState('');
  const q = useDebounced(text, 250);
  const search = useOrgSearch(q);
  const roots = useOrgRoots(!q);
  const current = useOrg(value ?? 0);
  const hits = resultsFor(search);

  const options = useMemo(() => {
    const list = q ? (hits ?? []).map((o) => ({ id: o.id, name: o.name, sub: o.parentName ?? tx('kind', o.kind) }))
      : (roots.data ?? []).map((o) => ({ id: o.id, name: o.name, sub: tx('kind', o.kind) }));
    if (value && current.data && !list.some((o) => o.id === value)) {
      list.unshift({ id: value, name: current.data.name, sub: tx('kind', current.data.kind) });
    }
    return list.filter((o) => !exclude.includes(o.id)).map((o) => ({
      value: o.id,
      label: o.name,
      sub: o.sub,
    }));
  }, [q, hits, roots.data, value, current.data, exclude, tx]);

  return (
    <Select
      id={id}
      data-testid={rest['data-testid']}
      style={{ width: '100%', ...style }}
      value={value ?? undefined}
      disabled={disabled}
      onChange={(v) => onChange?.(v ?? undefined)}
      placeholder={placeholder ?? t('common.pickUnit')}
      // Outside a form (a filter) there is no label to point at it: the placeholder names it.
      aria-label={rest['aria-label'] ?? (id ? undefined : placeholder ?? t('common.pickUnit'))}
      allowClear={allowClear}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={search.isFetching || roots.isFetching}
      notFoundContent={search.isFetching ? <Spin size="small" /> : q ? t('orgs.noResults') : t('common.typeToSearch')}
      options={options}
      optionRender={(o) => (
        <div className="org-option">
          <div>{o.label}</div>
          <div className="org-option-sub">{(o.data as { sub?: string }).sub}</div>
        </div>
      )}
      onOpenChange={(open) => !open && setText('')}
    />
  );
}
