import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useDocuments } from '../api/documents';
import { useT } from '../i18n';
import { useDebounced } from '../lib/hooks';
import { resultsFor } from './searchResults';

/** Choose a document by symbol or title (search without diacritics works). */
export function DocumentPicker({ value, onChange, exclude = [], id, onPick }: {
  value?: number; onChange?: (v?: number) => void; exclude?: number[]; id?: string;
  /** The chosen document's label too (for lists of chosen documents). */
  onPick?: (d: { id: number; label: string }) => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const list = useDocuments({ q: q || undefined }, 1, 20);
  const options = (resultsFor(list)?.items ?? []).filter((d) => !exclude.includes(d.id)).map((d) => ({ value: d.id, label: `${d.symbol} · ${d.issuerName} — ${d.title}` }));
  return (
    <Select
      id={id}
      style={{ width: '100%' }}
      value={value}
      onChange={(v) => {
        onChange?.(v);
        const o = options.find((x) => x.value === v);
        if (o) onPick?.({ id: o.value, label: o.label });
      }}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={list.isFetching}
      options={options}
      placeholder={t('docs.searchPlaceholder')}
      notFoundContent={list.isFetching ? <Spin size="small" /> : t('docs.empty')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(560px, 92vw)' } } }}
    />
  );
}
