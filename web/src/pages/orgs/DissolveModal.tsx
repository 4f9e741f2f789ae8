import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useDissolveOrg, type OrgDetail } from '../../api/orgs';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { useT } from '../../i18n';
import { toApiDate } from '../../lib/format';

interface Values { effectiveOn?: Dayjs; reason?: string }

export function DissolveModal({ org, open, onClose }: { org: OrgDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const dissolve = useDissolveOrg(org.id);
  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orgs.dissolve')}
      onClose={onClose}
      success={t('orgs.dissolved')}
      confirm={t('orgs.confirmDissolve', { name: org.name })}
      danger
      okText={t('orgs.dissolve')}
      testId="org-dissolve-modal"
      onSubmit={(v) => dissolve.mutateAsync({ effectiveOn: toApiDate(v.effectiveOn), reason: v.reason?.trim() || undefined })}
    >
      <Form.Item name="effectiveOn" label={t('common.effectiveOn')}>
        <DateField />
      </Form.Item>
      <Form.Item name="reason" label={t('common.reason')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
