import { Checkbox, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { LEVELS, TIERS, useCreateCampaign, type Tier } from '../../api/campaigns';
import { DateField } from '../../components/DateField';
import { DocumentsField } from '../../components/DocumentsField';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/OrgPicker';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { toApiDate } from '../../lib/format';
import { grantFor } from '../../lib/roles';

interface Values {
  orgId: number; title: string; description?: string; documentIds: number[]; tiers: Tier[]; deadline: Dayjs;
  district?: number | null; grassroots?: number | null; cell?: number | null;
}

/** Open a campaign: the server cascades one obligation per unit and tier below the organizer. */
/** The tiers' checkboxes: aria-required (which Form.Item adds to its control) is not allowed on a group. */
function TierGroup({ 'aria-required': _required, ...props }: React.ComponentProps<typeof Checkbox.Group> & { 'aria-required'?: unknown }) {
  return <Checkbox.Group {...props} role="group" />;
}

export function CampaignFormModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: number) => void }) {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const create = useCreateCampaign();
  const grant = grantFor(me, 'campaign.write');
  const required = [{ required: true, message: t('common.required') }];

  const submit = async (v: Values) => {
    const offsets = Object.fromEntries(LEVELS.filter((l) => v[l] != null).map((l) => [l, v[l] as number]));
    const created = await create.mutateAsync({
      orgId: v.orgId, title: v.title.trim(), description: v.description?.trim() || undefined,
      documentIds: v.documentIds ?? [], tiers: v.tiers, deadline: toApiDate(v.deadline)!,
      levelOffsets: Object.keys(offsets).length ? offsets : undefined,
    });
    onCreated(created.id);
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('campaigns.create')}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      success={t('campaigns.created')}
      fieldMap={{ 'levelOffsets.district': 'district', 'levelOffsets.grassroots': 'grassroots', 'levelOffsets.cell': 'cell' }}
      initialValues={{ orgId: grant?.orgId, tiers: ['all_members'], documentIds: [], district: 20, grassroots: 10, cell: 0 }}
      testId="campaign-form"
    >
      <Form.Item name="orgId" label={t('campaigns.unit')} rules={required}>
        <OrgPicker allowClear={false} />
      </Form.Item>
      <Form.Item name="title" label={t('campaigns.titleField')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} data-testid="campaign-title" />
      </Form.Item>
      <Form.Item name="description" label={t('campaigns.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="documentIds" label={t('campaigns.documents')}>
        <DocumentsField />
      </Form.Item>
      <Form.Item name="tiers" label={t('campaigns.tiers')} rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}>
        <TierGroup style={{ display: 'flex', flexDirection: 'column', gap: 6 }} data-testid="campaign-tiers">
          {TIERS.map((tier) => <Checkbox key={tier} value={tier}>{tx('tier', tier)}</Checkbox>)}
        </TierGroup>
      </Form.Item>
      <Form.Item name="deadline" label={t('campaigns.deadline')} rules={required}>
        <DateField />
      </Form.Item>
      <Typography.Text strong>{t('campaigns.offsets')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('campaigns.offsetsHint')}</Typography.Paragraph>
      <Row gutter={8}>
        {LEVELS.map((l) => (
          <Col span={8} key={l}>
            <Form.Item name={l} label={tx('level', l)}>
              <InputNumber min={0} max={365} style={{ width: '100%' }} suffix={t('campaigns.days')} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </FormModal>
  );
}
