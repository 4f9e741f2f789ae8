import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useUpdateOrg, type OrgDetail } from '../../api/orgs';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { useT } from '../../i18n';
import { toApiDate } from '../../lib/format';

interface Values { name: string; shortName?: string; code?: string; effectiveOn?: Dayjs }

export function RenameModal({ org, open, onClose }: { org: OrgDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const update = useUpdateOrg(org.id);
  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orgs.rename')}
      onClose={onClose}
      success={t('orgs.renamed')}
      initialValues={{ name: org.name, shortName: org.shortName ?? undefined, code: org.code ?? undefined }}
      testId="org-rename-modal"
      onSubmit={(v) => update.mutateAsync({
        name: v.name.trim(),
        shortName: v.shortName?.trim() || null,
        code: v.code?.trim() || null,
        effectiveOn: toApiDate(v.effectiveOn),
      })}
    >
      <Form.Item name="name" label={t('orgs.name')} rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('common.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="shortName" label={t('orgs.shortName')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="code" label={t('orgs.code')}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('common.effectiveOn')}>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}
