import { Flex, Tag } from 'antd';
import { useOrg } from '../../api/orgs';
import { OrgPicker } from '../../components/OrgPicker';
import { useI18n } from '../../i18n';

function OrgName({ id, known }: { id: number; known?: string }) {
  const org = useOrg(known ? 0 : id);
  return <>{known ?? org.data?.name ?? '…'}</>;
}

/** Several units for a Form.Item (value = ids): the chosen ones as tags, an OrgPicker to add one more. */
export function OrgsField({ value = [], onChange, initial = [], id }: {
  value?: number[]; onChange?: (v: number[]) => void; initial?: { id: number; name: string }[]; id?: string;
}) {
  const { t } = useI18n();
  const names = Object.fromEntries(initial.map((u) => [u.id, u.name]));
  return (
    <div data-testid="orgs-field">
      {value.length > 0 && (
        <Flex gap={4} wrap style={{ marginBottom: 8 }}>
          {value.map((orgId) => (
            <Tag key={orgId} closable closeIcon={<span aria-label={t('common.delete')}>×</span>} onClose={() => onChange?.(value.filter((v) => v !== orgId))}>
              <OrgName id={orgId} known={names[orgId]} />
            </Tag>
          ))}
        </Flex>
      )}
      <OrgPicker id={id} value={undefined} exclude={value} onChange={(v) => v && onChange?.([...value, v])} />
    </div>
  );
}
