import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTransferPerson, type PersonDetail } from '../../api/people';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/OrgPicker';
import { useT } from '../../i18n';
import { toApiDate } from '../../lib/format';

interface Values { toOrgId: number; effectiveOn?: Dayjs; reason?: string }

export function TransferModal({ person, open, onClose }: { person: PersonDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const transfer = useTransferPerson(person.id);
  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={`${t('people.transfer')}: ${person.fullName}`}
      onClose={onClose}
      success={t('people.transferred')}
      testId="person-transfer-modal"
      onSubmit={(v) => transfer.mutateAsync({ toOrgId: v.toOrgId, effectiveOn: toApiDate(v.effectiveOn), reason: v.reason?.trim() || undefined })}
    >
      <Form.Item label={t('people.from')}>
        <Input value={person.orgName} disabled />
      </Form.Item>
      <Form.Item name="toOrgId" label={t('people.toOrg')} rules={[{ required: true, message: t('common.required') }]}>
        <OrgPicker exclude={[person.orgId]} data-testid="transfer-org" />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('common.effectiveOn')}>
        <DateField />
      </Form.Item>
      <Form.Item name="reason" label={t('common.reason')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
