import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { RATINGS, useDecide, type PersonReview, type Rating, type Subject } from '../../api/reviews';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n';
import { formatDateTime, todayVn } from '../../lib/format';
import { applyFieldErrors } from '../../lib/forms';

type Review = Pick<PersonReview, 'year' | 'suggestion' | 'decision' | 'can'>;

/** The page's frame: title with the year, the year picker and the print button (the page prints without the menu). */
export function ReviewFrame({ name, year, onYear, children }: { name: ReactNode; year: number; onYear: (y: number) => void; children: ReactNode }) {
  const { t } = useI18n();
  const thisYear = Number(todayVn().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  return (
    <div className="print-area" data-testid="review-page">
      <PageHeader title={t('review.title', { year })} sub={name} extra={<Flex gap={8} className="no-print">
        <Select style={{ width: 120 }} value={year} aria-label={t('review.year')} data-testid="review-year"
          options={years.map((y) => ({ value: y, label: `${t('review.year')} ${y}` }))} onChange={onYear} />
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('review.print')}</Button>
      </Flex>} />
      <Typography.Paragraph type="secondary" className="no-print">{t('review.sub')}</Typography.Paragraph>
      {children}
    </div>
  );
}

/** The suggested rating and its basis, the committee's decision, and (for the leadership) the form that decides it. */
export function Decision({ subject, id, review }: { subject: Subject; id: number; review: Review }) {
  const { t, tx } = useI18n();
  const { suggestion, decision } = review;
  return (
    <Card size="small" className="section" title={t('review.decision')} data-testid="review-decision">
      <Flex vertical gap={8}>
        <div>
          <Typography.Text type="secondary">{t('review.suggested')}: </Typography.Text>
          {suggestion.rating ? <Tag color="blue" data-testid="review-suggested">{tx('review.rating', suggestion.rating)}</Tag>
            : <Typography.Text data-testid="review-suggested">{t('review.noSuggestion')}</Typography.Text>}
        </div>
        <div>
          <Typography.Text type="secondary">{t('review.basis')}:</Typography.Text>
          <ul className="plain-list" style={{ margin: '4px 0 0 16px', listStyle: 'disc' }}>
            {suggestion.basis.map((b) => <li key={b.key}>{b.text}</li>)}
          </ul>
        </div>
        {decision ? (
          <Alert type={decision.overridden ? 'warning' : 'success'} showIcon data-testid="review-decided"
            title={<>{tx('review.rating', decision.rating)}{decision.overridden && <Tag style={{ marginInlineStart: 8 }}>{t('review.overridden')}</Tag>}</>}
            description={<>
              {decision.reason && <div>{t('review.reason')}: {decision.reason}</div>}
              <Typography.Text type="secondary">{t('review.decidedBy', { by: decision.decidedBy ?? '—', at: formatDateTime(decision.decidedAt) })}</Typography.Text>
            </>} />
        ) : <Typography.Text type="secondary">{t('review.notDecided')}</Typography.Text>}
        {review.can.decide && <DecideForm subject={subject} id={id} review={review} />}
      </Flex>
    </Card>
  );
}

interface Values { rating: Rating; reason?: string }

function DecideForm({ subject, id, review }: { subject: Subject; id: number; review: Review }) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const decide = useDecide(subject, id);
  const [error, setError] = useState<unknown>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const initial = review.decision?.rating ?? review.suggestion.rating ?? undefined;
  const rating = Form.useWatch('rating', form);
  const differs = !!rating && rating !== review.suggestion.rating;
  useEffect(() => { form.setFieldsValue({ rating: initial, reason: review.decision?.reason ?? '' }); }, [form, initial, review.decision?.reason, review.year]);

  const submit = async (v: Values) => {
    setError(null);
    setSaved(false);
    try {
      await decide.mutateAsync({ year: review.year, rating: v.rating, reason: v.reason?.trim() || null });
      setSaved(true);
    } catch (err) {
      setError(err);
      setExtra(applyFieldErrors(form, err));
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} className="no-print" data-testid="review-form" initialValues={{ rating: initial }}>
      <FormError error={error} extra={extra} />
      {saved && <Alert type="success" showIcon title={t('review.saved')} style={{ marginBottom: 8 }} data-testid="review-saved" />}
      <Form.Item name="rating" label={t('review.decide')} rules={[{ required: true, message: t('common.required') }]}>
        <Select data-testid="review-rating" options={RATINGS.map((r) => ({ value: r, label: tx('review.rating', r) }))} />
      </Form.Item>
      <Form.Item name="reason" label={t('review.reason')} extra={t('review.reasonHint')}
        rules={[{ required: differs, whitespace: true, message: t('review.reasonHint') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="review-reason" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={decide.isPending} data-testid="review-submit">
        {differs || !review.suggestion.rating ? t('review.save') : t('review.confirm')}
      </Button>
    </Form>
  );
}
