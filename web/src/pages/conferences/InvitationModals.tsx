import { App, Form, Input, Select, Switch } from 'antd';
import { AUDIENCE_KINDS, useAddInvitations, useGenerateInvitations, type AudienceRule, type ConferenceDetail } from '../../api/conferences';
import { useRecordAbsence } from '../../api/attendance';
import { MASS_ORG_SUBKINDS } from '../../api/orgs';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/OrgPicker';
import { PersonPicker } from '../../components/PersonPicker';
import { useI18n } from '../../i18n';

const TIER_TO_KIND: Record<string, AudienceRule['kind']> = {
  key_cadre: 'key_cadres', all_members: 'all_members', mass_org: 'mass_org', presenters_staff: 'presenters_staff',
};

export function GenerateModal({ conf, open, onClose }: { conf: ConferenceDetail; open: boolean; onClose: () => void }) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<AudienceRule>();
  const gen = useGenerateInvitations(conf.id);
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form);
  return (
    <FormModal<AudienceRule>
      open={open} title={t('inv.generate')} form={form} onClose={onClose} testId="generate-form"
      onSubmit={async (v) => {
        const r = await gen.mutateAsync(v);
        message.success(t('inv.generated', { invited: r.invited }));
      }}
      fieldMap={{ 'rule.kind': 'kind', 'rule.orgId': 'orgId', 'rule.massOrgType': 'massOrgType' }}
      initialValues={{ kind: TIER_TO_KIND[conf.tier], orgId: conf.orgId }}
      okText={t('inv.generate')}
    >
      <Form.Item name="kind" label={t('inv.kind')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={AUDIENCE_KINDS.map((k) => ({ value: k, label: tx('inv.kind', k) }))} />
      </Form.Item>
      <Form.Item name="orgId" label={t('inv.unit')} rules={[{ required: true, message: t('common.required') }]}><OrgPicker allowClear={false} /></Form.Item>
      {kind === 'mass_org' && (
        <Form.Item name="massOrgType" label={t('inv.massOrgType')}>
          <Select allowClear options={MASS_ORG_SUBKINDS.map((k) => ({ value: k, label: tx('subkind', k) }))} />
        </Form.Item>
      )}
    </FormModal>
  );
}

export function AddPeopleModal({ conf, open, onClose }: { conf: ConferenceDetail; open: boolean; onClose: () => void }) {
  const t = useI18n().t;
  const [form] = Form.useForm<{ personIds: number[]; bridgePointId?: number }>();
  const add = useAddInvitations(conf.id);
  return (
    <FormModal open={open} title={t('inv.add')} form={form} onClose={onClose} onSubmit={(v) => add.mutateAsync(v)} success={t('common.saved')} testId="add-people-form">
      <Form.Item name="personIds" label={t('inv.people')} rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}>
        <PersonPicker multiple />
      </Form.Item>
      <Form.Item name="bridgePointId" label={t('inv.bridgePoint')}>
        <Select allowClear options={conf.bridgePoints.map((b) => ({ value: b.id, label: b.name }))} />
      </Form.Item>
    </FormModal>
  );
}

export function AbsenceModal({ confId, person, onClose }: { confId: number; person: { personId: number; fullName: string } | null; onClose: () => void }) {
  const t = useI18n().t;
  const [form] = Form.useForm<{ excused: boolean; reason?: string }>();
  const record = useRecordAbsence(confId);
  return (
    <FormModal
      open={!!person} title={`${t('inv.recordAbsence')}: ${person?.fullName ?? ''}`} form={form} onClose={onClose} success={t('inv.absenceSaved')}
      onSubmit={(v) => record.mutateAsync({ personId: person!.personId, excused: v.excused, reason: v.reason?.trim() || undefined })}
      // Excused only when the clerk says so: an absence is never silently excused.
      initialValues={{ excused: false }} testId="absence-form"
    >
      <Form.Item name="excused" label={t('inv.excused')} valuePropName="checked"><Switch /></Form.Item>
      <Form.Item name="reason" label={t('common.reason')}><Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} /></Form.Item>
    </FormModal>
  );
}
