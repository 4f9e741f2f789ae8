import { Alert, App, Button, Card, Flex, Input, List, Progress, Rate, Typography } from 'antd';
import { useState } from 'react';
import { useRate, useRatings, type PresenterRating } from '../../api/dialogue';
import { EmptyState, InlineError, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../lib/format';

function RateOne({ conferenceId, p, canRate }: { conferenceId: number; p: PresenterRating; canRate: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const rate = useRate(conferenceId);
  const [score, setScore] = useState(p.mine?.score ?? 0);
  const [comment, setComment] = useState(p.mine?.comment ?? '');
  const onSend = () => rate.mutate({ presenterPersonId: p.presenterPersonId, score, comment: comment.trim() || null }, {
    onSuccess: () => message.success(t('rate.saved')),
    onError: (e) => message.error(e.message),
  });
  return (
    <div data-testid="rate-presenter" style={{ padding: '8px 0' }}>
      <Typography.Text strong>{p.presenterName}</Typography.Text>
      <div className="org-option-sub">
        {p.count ? t('rate.average', { avg: formatNumber(p.average, 1), count: p.count }) : t('rate.none')}
      </div>
      {p.count > 0 && (
        <div style={{ maxWidth: 320 }}>
          {[5, 4, 3, 2, 1].map((s) => (
            <Flex key={s} gap={8} align="center"><span style={{ width: 16 }}>{s}</span>
              <Progress percent={Math.round((p.distribution[s - 1] / p.count) * 100)} size="small" format={() => p.distribution[s - 1]} aria-label={`${t('rate.score')} ${s}`} />
            </Flex>
          ))}
        </div>
      )}
      {canRate && (
        <div style={{ marginTop: 8 }}>
          <Rate value={score} onChange={setScore} aria-label={t('rate.score')} style={{ fontSize: 28 }} data-testid="rate-score" />
          <Input.TextArea rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} placeholder={t('rate.comment')} style={{ marginTop: 8 }} data-testid="rate-comment" />
          <Button type="primary" block style={{ marginTop: 8 }} disabled={score < 1} loading={rate.isPending} onClick={onSend} data-testid="rate-submit">
            {t('rate.submit')}
          </Button>
        </div>
      )}
      {p.comments.length > 0 && (
        <List size="small" header={t('rate.comments')} dataSource={p.comments} renderItem={(c) => (
          <List.Item><div><Rate disabled value={c.score} style={{ fontSize: 12 }} /> {c.comment}<div className="org-option-sub">{formatDateTime(c.createdAt)}</div></div></List.Item>
        )} />
      )}
    </div>
  );
}

/** Ratings of the agenda's presenters: open from the start until 7 days after the end; never shows who rated. */
export function RatePresenters({ conferenceId, canRate }: { conferenceId: number; canRate: boolean }) {
  const t = useT();
  const r = useRatings(conferenceId);
  return (
    <Card size="small" title={t('rate.title')} className="section">
      {r.isPending ? <Loading rows={2} /> : r.isError ? <InlineError error={r.error} /> : r.data.presenters.length === 0 ? (
        <EmptyState description={t('rate.noPresenters')} />
      ) : (
        <>
          {canRate && !r.data.window.open && (
            <Alert type="info" showIcon title={Date.now() < Date.parse(r.data.window.opensAt) ? t('rate.notOpen') : t('rate.closed')} style={{ marginBottom: 8 }} />
          )}
          {canRate && r.data.window.open && <div className="org-option-sub">{t('rate.window', { time: formatDateTime(r.data.window.closesAt) })}</div>}
          {r.data.presenters.map((p) => (
            <RateOne key={`${p.presenterPersonId}-${p.mine?.score ?? 0}`} conferenceId={conferenceId} p={p} canRate={canRate && r.data.window.open} />
          ))}
        </>
      )}
    </Card>
  );
}
