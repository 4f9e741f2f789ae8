import { Select, Spin } from 'antd';
import { useState } from 'react';
import { usePeople, type Category } from '../api/people';
import { usePresenters } from '../api/planning';
import { useT } from '../i18n';
import { useDebounced } from '../lib/hooks';
import { resultsFor } from './searchResults';

interface Props {
  value?: number | number[] | null;
  onChange?: (v: number | number[] | null) => void;
  /** people category to search in (presenter, key_cadre…). */
  category?: Category;
  /** Label of the current value when it is not in the results (editing). */
  initialLabel?: string | null;
  multiple?: boolean;
  id?: string;
  placeholder?: string;
  /** Presenter mode: the presenters one may name at a conference of this unit, those of the units above included. */
  presentersFor?: number;
}

/** Choose a person by name (/api/people?q=&category=). */
export function PersonPicker({ value, onChange, category, initialLabel, multiple, id, placeholder, presentersFor }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const people = usePeople({ q: q || undefined, category }, 1, 20);
  const presenters = usePresenters(presentersFor, q);
  const list = presentersFor ? presenters : people;
  const options = (resultsFor(list)?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} · ${p.orgName}` }));
  if (!multiple && typeof value === 'number' && initialLabel && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: initialLabel });
  }
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      style={{ width: '100%' }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={list.isFetching}
      options={options}
      placeholder={placeholder ?? t('conf.searchPerson')}
      aria-label={id ? undefined : placeholder ?? t('conf.searchPerson')}
      notFoundContent={list.isFetching ? <Spin size="small" /> : t('people.empty')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(480px, 92vw)' } } }}
    />
  );
}
