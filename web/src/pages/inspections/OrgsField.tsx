import { DeleteOutlined } from '@ant-design/icons';
import { Button, List } from 'antd';
import { useState } from 'react';
import { useOrg } from '../../api/orgs';
import { OrgPicker } from '../../components/OrgPicker';
import { useT } from '../../i18n';

export interface OrgLabel { id: number; name: string }

function OrgName({ id, known }: { id: number; known?: string }) {
  const org = useOrg(known ? 0 : id);
  return <>{known ?? org.data?.name ?? '…'}</>;
}

/** Several units for a Form.Item (value = ids): the chosen ones listed, a picker to add one more. */
export function OrgsField({ value = [], onChange, initial = [], id }: { value?: number[]; onChange?: (v: number[]) => void; initial?: OrgLabel[]; id?: string }) {
  const t = useT();
  const [names] = useState<Record<number, string>>(() => Object.fromEntries(initial.map((o) => [o.id, o.name])));
  return (
    <div data-testid="orgs-field">
      {value.length > 0 && (
        <List
          size="small"
          bordered
          style={{ marginBottom: 8 }}
          dataSource={value}
          renderItem={(orgId) => (
            <List.Item actions={[<Button key="rm" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => onChange?.(value.filter((v) => v !== orgId))} />]}>
              <OrgName id={orgId} known={names[orgId]} />
            </List.Item>
          )}
        />
      )}
      <OrgPicker id={id} value={undefined} exclude={value} placeholder={t('insp.addSubject')} onChange={(v) => v && onChange?.([...value, v])} />
    </div>
  );
}
