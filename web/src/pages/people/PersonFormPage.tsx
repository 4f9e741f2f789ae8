import { App, Button, Card, Col, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { CATEGORIES, GENDERS, PARTY_STATUSES, useCreatePerson, usePerson, useUpdatePerson, type Category, type Gender, type PartyStatus, type PersonInput } from '../../api/people';
import { DateField } from '../../components/DateField';
import { FormError } from '../../components/FormError';
import { OrgPicker } from '../../components/OrgPicker';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n';
import { fromApiDate, toApiDate } from '../../lib/format';
import { applyFieldErrors } from '../../lib/forms';

interface Values {
  orgId?: number; fullName: string; gender?: Gender; birthDate?: Dayjs; phone?: string; email?: string;
  partyStatus?: PartyStatus; joinedOn?: Dayjs; officialOn?: Dayjs; cardNumber?: string; categories?: Category[];
}

const toInput = (v: Values): PersonInput => ({
  fullName: v.fullName.trim(),
  gender: v.gender ?? null,
  birthDate: toApiDate(v.birthDate) ?? null,
  phone: v.phone?.trim() ?? '',
  email: v.email?.trim() ?? '',
  partyStatus: v.partyStatus ?? null,
  // Party dates and card belong to members only (hidden fields keep their old values in the form).
  joinedOn: (v.partyStatus && toApiDate(v.joinedOn)) || null,
  officialOn: (v.partyStatus === 'official' && toApiDate(v.officialOn)) || null,
  cardNumber: v.partyStatus ? v.cardNumber?.trim() ?? '' : '',
  categories: v.categories ?? [],
});

const isDuplicate = (err: unknown): err is ApiError => err instanceof ApiError && err.code === 'possible_duplicate';

/** Create (/people/new) or edit (/people/:id/edit) a person; the unit changes only by transfer. */
export default function PersonFormPage() {
  const { t, tx } = useI18n();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id ?? 0);
  const editing = id > 0;
  const existing = usePerson(id);
  const create = useCreatePerson();
  const update = useUpdatePerson(id);
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<string[]>([]);
  const status = Form.useWatch('partyStatus', form);
  const mutation = editing ? update : create;

  useEffect(() => {
    const p = existing.data;
    if (!p) return;
    form.setFieldsValue({
      fullName: p.fullName, gender: p.gender ?? undefined, birthDate: fromApiDate(p.birthDate), phone: p.phone ?? undefined,
      email: p.email ?? undefined, partyStatus: p.partyStatus ?? undefined, joinedOn: fromApiDate(p.joinedOn),
      officialOn: fromApiDate(p.officialOn), cardNumber: p.cardNumber ?? undefined, categories: p.categories,
    });
  }, [existing.data, form]);

  if (editing && existing.isPending) return <Loading rows={8} />;
  if (editing && existing.isError) return <ErrorState error={existing.error} onRetry={() => existing.refetch()} />;

  const submit = (v: Values) => {
    const body = editing ? toInput(v) : { ...toInput(v), orgId: v.orgId };
    const send = (b: typeof body) => mutation.mutate(b, {
      onSuccess: (r) => {
        message.success(editing ? t('common.saved') : t('people.created'));
        navigate(`/people/${r.id}`);
      },
      onError: (err) => {
        // Same name and birth date as someone of the same grassroots organization: the server names them; ask, then resend.
        if (isDuplicate(err)) {
          modal.confirm({
            title: t('people.duplicateTitle'), content: err.message, okText: t('people.duplicateConfirm'), cancelText: t('common.cancel'),
            onOk: () => send({ ...b, confirmDuplicate: true }),
          });
          return;
        }
        setExtra(applyFieldErrors(form, err));
      },
    });
    send(body);
  };

  const col = { xs: 24, md: 12 };
  return (
    <div data-testid="person-form-page">
      <PageHeader title={editing ? `${t('people.editTitle')}: ${existing.data?.fullName ?? ''}` : t('people.createTitle')} />
      <Card>
        <FormError error={isDuplicate(mutation.error) ? null : mutation.error} extra={extra} />
        <Form<Values> form={form} layout="vertical" onFinish={submit} name="person" scrollToFirstError>
          <Row gutter={16}>
            {!editing && (
              <Col {...col}>
                <Form.Item name="orgId" label={t('people.org')} rules={[{ required: true, message: t('common.required') }]}>
                  <OrgPicker />
                </Form.Item>
              </Col>
            )}
            <Col {...col}>
              <Form.Item name="fullName" label={t('people.fullName')} rules={[{ required: true, whitespace: true, min: 2, message: t('common.required') }]}>
                <Input maxLength={200} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="gender" label={t('people.gender')}>
                <Select allowClear options={GENDERS.map((g) => ({ value: g, label: tx('people.gender', g) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="birthDate" label={t('people.birthDate')}><DateField /></Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="phone" label={t('people.phone')}><Input inputMode="tel" maxLength={30} /></Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="email" label={t('people.email')}><Input inputMode="email" maxLength={200} /></Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="partyStatus" label={t('people.partyStatus')}>
                <Select allowClear placeholder={t('people.status.none')} options={PARTY_STATUSES.map((s) => ({ value: s, label: tx('people.status', s) }))} />
              </Form.Item>
            </Col>
            {status && (
              <>
                <Col xs={12} md={6}>
                  <Form.Item name="joinedOn" label={t('people.joinedOn')} rules={[{ required: true, message: t('common.required') }]}><DateField /></Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name="officialOn" label={t('people.officialOn')} rules={[{ required: status === 'official', message: t('common.required') }]}>
                    <DateField disabled={status !== 'official'} />
                  </Form.Item>
                </Col>
                <Col {...col}>
                  <Form.Item name="cardNumber" label={t('people.cardNumber')}><Input maxLength={30} /></Form.Item>
                </Col>
              </>
            )}
            <Col xs={24}>
              <Form.Item name="categories" label={t('people.categories')}>
                <Select mode="multiple" allowClear options={CATEGORIES.map((c) => ({ value: c, label: tx('people.cat', c) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>{t('common.save')}</Button>{' '}
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Form>
      </Card>
    </div>
  );
}
