import { ApartmentOutlined, BankOutlined, FlagOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { OrgKind, OrgStatus } from '../../api/orgs';
import { useI18n } from '../../i18n';

const KIND_LOOK: Record<OrgKind, { color: string; icon: React.ReactNode }> = {
  province: { color: 'red', icon: <FlagOutlined /> },
  district: { color: 'volcano', icon: <BankOutlined /> },
  grassroots: { color: 'gold', icon: <ApartmentOutlined /> },
  cell: { color: 'blue', icon: <HomeOutlined /> },
  mass_org: { color: 'green', icon: <TeamOutlined /> },
};

export const kindIcon = (kind: OrgKind) => KIND_LOOK[kind]?.icon;

export function KindTag({ kind, subkind }: { kind: OrgKind; subkind?: string | null }) {
  const { tx } = useI18n();
  const look = KIND_LOOK[kind] ?? KIND_LOOK.cell;
  return (
    <Tag color={look.color} icon={look.icon}>
      {subkind ? `${tx('kind', kind)} · ${tx('subkind', subkind)}` : tx('kind', kind)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: OrgStatus }) {
  const { tx } = useI18n();
  if (status === 'active') return null;
  return <Tag color={status === 'merged' ? 'purple' : 'default'}>{tx('status', status)}</Tag>;
}
