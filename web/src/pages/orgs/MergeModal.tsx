import { Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useMergeOrgs, type OrgDetail } from '../../api/orgs';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/OrgPicker';
import { useT } from '../../i18n';
import { toApiDate } from '../../lib/format';

type Mode = 'intoThis' | 'intoOther' | 'new';
interface Values { otherId: number; mode: Mode; newName?: string; effectiveOn?: Dayjs }

export function MergeModal({ org, open, onClose }: { org: OrgDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const merge = useMergeOrgs();
  const mode = Form.useWatch('mode', form);

  const submit = async (v: Values) => {
    const targetId = v.mode === 'intoThis' ? org.id : v.mode === 'intoOther' ? v.otherId : undefined;
    const result = await merge.mutateAsync({
      sourceIds: [org.id, v.otherId],
      targetId,
      newName: v.mode === 'new' ? v.newName?.trim() : undefined,
      effectiveOn: toApiDate(v.effectiveOn),
    });
    if (result.id !== org.id) navigate(`/orgs/${result.id}`);
  };

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orgs.merge')}
      onClose={onClose}
      success={t('orgs.merged')}
      confirm={t('orgs.confirmMerge')}
      danger
      initialValues={{ mode: 'intoThis' }}
      fieldMap={{ sourceIds: 'otherId', targetId: 'otherId' }}
      testId="org-merge-modal"
      onSubmit={submit}
    >
      <Form.Item name="otherId" label={t('orgs.mergeWith')} rules={[{ required: true, message: t('common.required') }]}>
        <OrgPicker exclude={[org.id]} data-testid="merge-other" />
      </Form.Item>
      <Form.Item name="mode" label={t('orgs.mergeMode')}>
        <Radio.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={[
            { value: 'intoThis', label: t('orgs.mergeIntoThis') },
            { value: 'intoOther', label: t('orgs.mergeIntoOther') },
            { value: 'new', label: t('orgs.mergeNew') },
          ]}
        />
      </Form.Item>
      {mode === 'new' && (
        <Form.Item name="newName" label={t('orgs.newName')} rules={[{ required: true, whitespace: true, min: 2, message: t('common.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item name="effectiveOn" label={t('common.effectiveOn')}>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
