import { Button, Col, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { CATEGORIES, PARTY_STATUS_FILTERS } from '../../api/people';
import { OrgPicker } from '../../components/OrgPicker';
import { SearchBox } from '../../components/SearchBox';
import { useI18n } from '../../i18n';
import { useDebounced } from '../../lib/hooks';

export interface PeopleFilterValues { orgId: string; q: string; partyStatus: string; category: string }

interface Props {
  values: PeopleFilterValues;
  onChange: (patch: Partial<PeopleFilterValues>) => void;
  onClear: () => void;
}

export function PeopleFilters({ values, onChange, onClear }: Props) {
  const { t, tx } = useI18n();
  const [text, setText] = useState(values.q);
  const q = useDebounced(text.trim(), 350);
  useEffect(() => {
    if (q !== values.q) onChange({ q });
  }, [q]);

  return (
    <Row gutter={[8, 8]} className="filters">
      <Col xs={24} md={12} xxl={7}>
        <SearchBox placeholder={t('people.searchPlaceholder')} value={text} onChange={setText} onEnter={(v) => onChange({ q: v.trim() })} testId="people-search" />
      </Col>
      <Col xs={24} md={12} xxl={6}>
        <OrgPicker value={values.orgId ? Number(values.orgId) : undefined} onChange={(v) => onChange({ orgId: v ? String(v) : '' })} data-testid="people-org" />
      </Col>
      <Col xs={12} md={8} xxl={4}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('people.partyStatus')} aria-label={t('people.partyStatus')}
          value={values.partyStatus || undefined}
          onChange={(v) => onChange({ partyStatus: v ?? '' })}
          options={PARTY_STATUS_FILTERS.map((s) => ({ value: s, label: tx('people.status', s) }))}
          data-testid="people-status"
        />
      </Col>
      <Col xs={12} md={8} xxl={4}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('people.category')} aria-label={t('people.category')}
          value={values.category || undefined}
          onChange={(v) => onChange({ category: v ?? '' })}
          options={CATEGORIES.map((c) => ({ value: c, label: tx('people.cat', c) }))}
          data-testid="people-category"
        />
      </Col>
      <Col xs={24} md={8} xxl={3}>
        <Button block onClick={() => { setText(''); onClear(); }}>{t('common.clearFilters')}</Button>
      </Col>
    </Row>
  );
}
