import { PlusOutlined } from '@ant-design/icons';
import { Card, Flex } from 'antd';
import { DateField } from '../../components/DateField';
import { OrgPicker } from '../../components/OrgPicker';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { fromApiDate, toApiDate } from '../../lib/format';
import { numOrUndef, useUrlFilters } from '../../lib/hooks';
import { canAny } from '../../lib/roles';
import { ConferenceTable } from './ConferenceTable';
import { LinkButton } from '../../components/LinkButton';

const KEYS = ['orgId', 'from', 'to', 'campaignId'] as const;

export default function ConferencesListPage() {
  const t = useT();
  const me = useCurrentUser();
  const { values, set } = useUrlFilters(KEYS);
  return (
    <div data-testid="conferences-page">
      <PageHeader
        title={t('conf.title')}
        extra={canAny(me, 'conference.write') && (
          <LinkButton to="/conferences/new" type="primary" icon={<PlusOutlined />} data-testid="conference-create">{t('conf.create')}</LinkButton>
        )}
      />
      <Card>
        <Flex gap={8} wrap className="filters">
          <OrgPicker style={{ width: 260 }} value={numOrUndef(values.orgId)} onChange={(v) => set({ orgId: v })} />
          <DateField style={{ width: 160 }} placeholder={t('conf.from')} value={fromApiDate(values.from)} onChange={(d) => set({ from: toApiDate(d) })} />
          <DateField style={{ width: 160 }} placeholder={t('conf.to')} value={fromApiDate(values.to)} onChange={(d) => set({ to: toApiDate(d) })} />
        </Flex>
        <ConferenceTable filters={{ orgId: numOrUndef(values.orgId), from: values.from || undefined, to: values.to || undefined, campaignId: numOrUndef(values.campaignId) }} />
      </Card>
    </div>
  );
}
