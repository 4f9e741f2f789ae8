import { DeleteOutlined, DownOutlined, EditOutlined, MergeCellsOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { ALLOWED_CHILDREN, type OrgDetail } from '../../api/orgs';
import { useT } from '../../i18n';
import { CreateChildModal } from './CreateChildModal';
import { DissolveModal } from './DissolveModal';
import { MergeModal } from './MergeModal';
import { MoveModal } from './MoveModal';
import { RenameModal } from './RenameModal';

type Action = 'create' | 'rename' | 'move' | 'merge' | 'dissolve';

/** Restructuring actions for admins and office clerks; each opens its own modal. */
export function OrgActions({ org }: { org: OrgDetail }) {
  const t = useT();
  const [open, setOpen] = useState<Action | null>(null);
  const close = () => setOpen(null);
  const canHaveChildren = ALLOWED_CHILDREN[org.kind].length > 0;

  return (
    <>
      {canHaveChildren && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('create')} data-testid="org-create-child">
          {t('orgs.createChild')}
        </Button>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          onClick: ({ key }) => setOpen(key as Action),
          items: [
            { key: 'rename', icon: <EditOutlined />, label: t('orgs.rename') },
            ...(org.parentId ? [{ key: 'move', icon: <SwapOutlined />, label: t('orgs.move') }] : []),
            ...(org.parentId ? [{ key: 'merge', icon: <MergeCellsOutlined />, label: t('orgs.merge') }] : []),
            { type: 'divider' as const },
            { key: 'dissolve', icon: <DeleteOutlined />, danger: true, label: t('orgs.dissolve') },
          ],
        }}
      >
        <Button data-testid="org-actions">
          {t('common.actions')} <DownOutlined />
        </Button>
      </Dropdown>
      <CreateChildModal parent={org} open={open === 'create'} onClose={close} />
      <RenameModal org={org} open={open === 'rename'} onClose={close} />
      <MoveModal org={org} open={open === 'move'} onClose={close} />
      <MergeModal org={org} open={open === 'merge'} onClose={close} />
      <DissolveModal org={org} open={open === 'dissolve'} onClose={close} />
    </>
  );
}
