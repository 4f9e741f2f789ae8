import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { ALLOWED_CHILDREN, GRASSROOTS_SUBKINDS, MASS_ORG_SUBKINDS, useCreateOrg, type CreateOrgInput, type OrgDetail, type OrgKind } from '../../api/orgs';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { toApiDate } from '../../lib/format';

interface Values { name: string; shortName?: string; kind: OrgKind; subkind?: CreateOrgInput['subkind']; code?: string; effectiveOn?: Dayjs }

const subkindsOf = (kind?: OrgKind): readonly string[] =>
  kind === 'grassroots' ? GRASSROOTS_SUBKINDS : kind === 'mass_org' ? MASS_ORG_SUBKINDS : [];

export function CreateChildModal({ parent, open, onClose }: { parent: OrgDetail; open: boolean; onClose: () => void }) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrg();
  const kinds = ALLOWED_CHILDREN[parent.kind];
  const kind = Form.useWatch('kind', form);

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orgs.createChild')}
      onClose={onClose}
      success={t('orgs.created')}
      initialValues={{ kind: kinds[0] }}
      testId="org-create-modal"
      onSubmit={(v) => create.mutateAsync({
        parentId: parent.id,
        name: v.name.trim(),
        shortName: v.shortName?.trim() || null,
        kind: v.kind,
        subkind: v.subkind ?? null,
        code: v.code?.trim() || null,
        effectiveOn: toApiDate(v.effectiveOn),
      })}
    >
      <Form.Item label={t('orgs.parent')}>
        <Input value={parent.name} disabled />
      </Form.Item>
      <Form.Item name="name" label={t('orgs.name')} rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('common.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="kind" label={t('orgs.kind')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={kinds.map((k) => ({ value: k, label: tx('kind', k) }))} onChange={() => form.setFieldValue('subkind', undefined)} />
      </Form.Item>
      {subkindsOf(kind).length > 0 && (
        <Form.Item name="subkind" label={t('orgs.subkind')}>
          <Select allowClear options={subkindsOf(kind).map((s) => ({ value: s, label: tx('subkind', s) }))} />
        </Form.Item>
      )}
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
