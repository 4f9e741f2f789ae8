import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMoveOrg, type OrgDetail } from '../../api/orgs';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/OrgPicker';
import { useT } from '../../i18n';
import { toApiDate } from '../../lib/format';

interface Values { newParentId: number; effectiveOn?: Dayjs }

export function MoveModal({ org, open, onClose }: { org: OrgDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const move = useMoveOrg(org.id);
  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orgs.move')}
      onClose={onClose}
      success={t('orgs.moved')}
      confirm={t('orgs.confirmMove')}
      testId="org-move-modal"
      onSubmit={(v) => move.mutateAsync({ newParentId: v.newParentId, effectiveOn: toApiDate(v.effectiveOn) })}
    >
      <Form.Item name="newParentId" label={t('orgs.newParent')} rules={[{ required: true, message: t('common.required') }]}>
        <OrgPicker exclude={[org.id, org.parentId ?? 0]} data-testid="move-parent" />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('common.effectiveOn')}>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
