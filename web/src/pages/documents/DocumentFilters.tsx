import { Button, Col, Row, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { DOC_LEVELS, DOC_TYPES, useDocumentStats } from '../../api/documents';
import { SearchBox } from '../../components/SearchBox';
import { useI18n } from '../../i18n';
import { useDebounced } from '../../lib/hooks';
import { compareVi } from '../../lib/collate';

export interface DocFilterValues { q: string; type: string; issuer: string; level: string; year: string }

interface Props {
  values: DocFilterValues;
  onChange: (patch: Partial<DocFilterValues>) => void;
  onClear: () => void;
}

export function DocumentFilters({ values, onChange, onClear }: Props) {
  const { t, tx } = useI18n();
  const stats = useDocumentStats();
  const [text, setText] = useState(values.q);
  const q = useDebounced(text.trim(), 350);
  useEffect(() => {
    if (q !== values.q) onChange({ q });
  }, [q]);

  // Issuers and years that actually occur, from the stats endpoint; the current year is always offered.
  const { issuers, years } = useMemo(() => {
    const rows = stats.data ?? [];
    const ys = new Set<number>([new Date().getFullYear(), ...rows.map((r) => r.year)]);
    return {
      issuers: [...new Set(rows.map((r) => r.issuer))].sort(compareVi),
      years: [...ys].sort((a, b) => b - a),
    };
  }, [stats.data]);

  return (
    <Row gutter={[8, 8]} className="filters">
      <Col xs={24} xxl={8}>
        <SearchBox placeholder={t('docs.searchPlaceholder')} value={text} onChange={setText} onEnter={(v) => onChange({ q: v.trim() })} testId="document-search" />
      </Col>
      <Col xs={12} md={6} xxl={4}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: '100%' }} placeholder={t('docs.type')} aria-label={t('docs.type')} value={values.type || undefined}
          onChange={(v) => onChange({ type: v ?? '' })} data-testid="document-type"
          options={DOC_TYPES.map((d) => ({ value: d, label: `${tx('docs.type', d)} (${d})` }))} />
      </Col>
      <Col xs={12} md={6} xxl={3}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: '100%' }} placeholder={t('docs.issuer')} aria-label={t('docs.issuer')} value={values.issuer || undefined}
          onChange={(v) => onChange({ issuer: v ?? '' })} data-testid="document-issuer"
          options={issuers.map((i) => ({ value: i, label: i }))} />
      </Col>
      <Col xs={12} md={4} xxl={3}>
        <Select allowClear style={{ width: '100%' }} placeholder={t('docs.level')} aria-label={t('docs.level')} value={values.level || undefined}
          onChange={(v) => onChange({ level: v ?? '' })} data-testid="document-level"
          options={DOC_LEVELS.map((l) => ({ value: l, label: tx('docs.level', l) }))} />
      </Col>
      <Col xs={12} md={4} xxl={3}>
        <Select allowClear style={{ width: '100%' }} placeholder={t('docs.year')} aria-label={t('docs.year')} value={values.year ? Number(values.year) : undefined}
          onChange={(v) => onChange({ year: v ? String(v) : '' })} data-testid="document-year"
          options={years.map((y) => ({ value: y, label: String(y) }))} />
      </Col>
      <Col xs={24} md={4} xxl={3}>
        <Button block onClick={() => { setText(''); onClear(); }}>{t('common.clearFilters')}</Button>
      </Col>
    </Row>
  );
}
