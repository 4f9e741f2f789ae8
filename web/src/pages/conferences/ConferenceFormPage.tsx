import { App, Alert, Button, Card, Col, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { TIERS, useCampaign, type Tier } from '../../api/campaigns';
import { AUDIENCE_KINDS, FORMATS, useConference, useCreateConference, useUpdateConference, type ConferenceInput, type Format } from '../../api/conferences';
import { DateField } from '../../components/DateField';
import { DocumentsField } from '../../components/DocumentsField';
import { FormError } from '../../components/FormError';
import { OrgPicker } from '../../components/OrgPicker';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { toApiInstant } from '../../lib/format';
import { applyFieldErrors } from '../../lib/forms';
import { AgendaField } from './AgendaField';
import { CampaignSelect } from './CampaignSelect';
import { AudienceSelect } from './AudienceSelect';
import { TIER_AUDIENCE, usePlanDefaults, type AudienceChoice } from './usePlanDefaults';

interface Values {
  campaignId: number; orgId: number; tier: Tier; title: string; format: Format; startsAt: Dayjs; endsAt: Dayjs; hall?: string;
  agenda?: { topic: string; presenterPersonId?: number | null; minutes?: number | null }[]; materialIds?: number[];
  audienceKind?: AudienceChoice;
}

/** /conferences/new (?campaignId=, ?makeupOf= prefills from the missed conference) and /conferences/:id/edit. */
export default function ConferenceFormPage() {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [sp] = useSearchParams();
  const id = Number(useParams().id ?? 0);
  const makeupOf = Number(sp.get('makeupOf') ?? 0);
  const editing = id > 0;
  const source = useConference(editing ? id : makeupOf);
  const [form] = Form.useForm<Values>();
  // A new conference (not a make-up session) starts from the defaults: a clerk types title, time and hall.
  const { campaignDocuments } = usePlanDefaults(form, !editing && !makeupOf, Number(sp.get('campaignId')) || undefined);
  const orgId = Form.useWatch('orgId', form);
  const tier = Form.useWatch('tier', form);
  const campaignId = Form.useWatch('campaignId', form) ?? (Number(sp.get('campaignId')) || undefined);
  const campaign = useCampaign(campaignId ?? 0);
  const create = useCreateConference();
  const update = useUpdateConference(id);
  const mutation = editing ? update : create;
  const [extra, setExtra] = useState<string[]>([]);
  const src = source.data;
  const names = useMemo(() => Object.fromEntries((src?.agenda ?? []).filter((a) => a.presenterPersonId).map((a) => [a.presenterPersonId!, a.presenterName ?? ''])), [src]);

  useEffect(() => {
    if (!src) return;
    form.setFieldsValue({
      campaignId: src.campaignId, orgId: src.orgId, tier: src.tier, format: src.format, hall: src.hall ?? undefined,
      title: editing ? src.title : `${t('conf.makeupBadge')}: ${src.title}`,
      startsAt: editing ? dayjs(src.startsAt) : undefined, endsAt: editing ? dayjs(src.endsAt) : undefined,
      agenda: src.agenda.map((a) => ({ topic: a.topic, presenterPersonId: a.presenterPersonId, minutes: a.minutes })),
      materialIds: src.materials.map((m) => m.id),
    });
  }, [src, editing, form, t]);

  if ((editing || makeupOf) && source.isPending) return <Loading rows={10} />;
  if ((editing || makeupOf) && source.isError) return <ErrorState error={source.error} onRetry={() => source.refetch()} />;

  // Untouched, the audience follows the tier (an unchanged select still shows it).
  const audienceOf = (v: Values) => {
    const kind = v.audienceKind ?? (v.tier ? TIER_AUDIENCE[v.tier] : undefined);
    return !editing && !makeupOf && kind !== 'none' ? kind : undefined;
  };
  const submit = (v: Values) => {
    const body: ConferenceInput = {
      campaignId: v.campaignId, orgId: v.orgId, tier: v.tier, title: v.title.trim(), format: v.format,
      startsAt: toApiInstant(v.startsAt)!, endsAt: toApiInstant(v.endsAt)!, hall: v.hall?.trim() || null,
      agenda: (v.agenda ?? []).map((a) => ({ topic: a.topic.trim(), presenterPersonId: a.presenterPersonId ?? null, minutes: a.minutes ?? null })),
      materialIds: v.materialIds ?? [],
      ...(editing ? {} : { makeupOf: makeupOf || undefined }),
      ...(audienceOf(v) ? { audience: [{ kind: audienceOf(v)!, orgId: v.orgId }] } : {}),
    };
    // The campaign and the organizer are fixed once created (PATCH does not take them).
    const { campaignId: _c, orgId: _o, ...changes } = body;
    const send = editing ? changes : body;
    mutation.mutate(send as ConferenceInput, {
      onSuccess: (c) => { message.success(editing ? t('common.saved') : t('conf.created')); navigate(`/conferences/${editing ? id : c.id}`); },
      onError: (err) => setExtra(applyFieldErrors(form, err)),
    });
  };
  const required = [{ required: true, message: t('common.required') }];
  const tiers = campaign.data?.tiers ?? TIERS;

  return (
    <div data-testid="conference-form-page">
      <PageHeader title={editing ? t('conf.editTitle') : t('conf.createTitle')} />
      {makeupOf > 0 && src && (
        <Alert type="info" showIcon className="section" title={<>{t('conf.makeupOf')}: <Link to={`/conferences/${makeupOf}`}>{src.title}</Link></>} />
      )}
      <Card>
        <FormError error={mutation.error} extra={extra} />
        <Form<Values> form={form} layout="vertical" onFinish={submit} scrollToFirstError name="conference"
          initialValues={{ campaignId, format: 'in_person', agenda: [], materialIds: [] }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="campaignId" label={t('conf.campaign')} rules={required}>
                <CampaignSelect label={src?.campaignTitle ?? campaign.data?.title} disabled={editing} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="orgId" label={t('conf.organizer')} rules={required}><OrgPicker allowClear={false} disabled={editing} /></Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="tier" label={t('conf.tier')} rules={required}>
                <Select options={tiers.map((x) => ({ value: x, label: tx('tier', x) }))} data-testid="conference-tier" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="format" label={t('conf.format')} rules={required}>
                <Select options={FORMATS.map((f) => ({ value: f, label: tx('conf.format', f) }))} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="title" label={t('conf.titleField')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                <Input maxLength={500} data-testid="conference-title" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="startsAt" label={t('conf.startsAt')} rules={required}>
                <DateField showTime />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="endsAt" label={t('conf.endsAt')} dependencies={['startsAt']} rules={[...required, ({ getFieldValue }) => ({
                validator: (_, v: Dayjs | undefined) => (!v || !getFieldValue('startsAt') || v.isAfter(getFieldValue('startsAt')) ? Promise.resolve() : Promise.reject(new Error(t('conf.endBeforeStart')))),
              })]}>
                <DateField showTime />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="hall" label={t('conf.hall')} extra={editing ? undefined : t('plan.hallHint')}>
                <Input maxLength={300} data-testid="conference-hall" />
              </Form.Item>
            </Col>
            {!editing && !makeupOf && (
              <Col xs={24} md={12}>
                <Form.Item name="audienceKind" label={t('plan.audience')} extra={t('plan.audienceHint')}>
                  <AudienceSelect tier={tier} options={[
                    ...AUDIENCE_KINDS.map((k) => ({ value: k, label: tx('inv.kind', k) })),
                    { value: 'none' as const, label: t('plan.audienceNone') },
                  ]} />
                </Form.Item>
              </Col>
            )}
            <Col xs={24}>
              <Form.Item label={t('conf.agenda')}><AgendaField names={names} orgId={orgId} /></Form.Item>
              <Form.Item name="materialIds" label={t('conf.materials')} extra={campaignDocuments?.length ? t('plan.materialsHint') : undefined}>
                <DocumentsField key={src?.id ?? `k${campaignId ?? 0}-${campaignDocuments?.length ?? 0}`} initial={src?.materials ?? campaignDocuments ?? []} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="conference-save">{t('common.save')}</Button>{' '}
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Form>
      </Card>
    </div>
  );
}
