import { Card, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { OrgSearch } from './OrgSearch';
import { OrgTree } from './OrgTree';

export default function OrgTreePage() {
  const t = useT();
  const [inactive, setInactive] = useState(false);
  return (
    <div data-testid="org-tree-page">
      <PageHeader title={t('orgs.title')} />
      <Card>
        <OrgSearch />
        <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
          <Switch size="small" checked={inactive} onChange={setInactive} id="show-inactive" />
          <Typography.Text><label htmlFor="show-inactive">{t('orgs.showInactive')}</label></Typography.Text>
        </Flex>
        <OrgTree includeInactive={inactive} />
      </Card>
    </div>
  );
}
