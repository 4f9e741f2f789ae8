import { useState } from 'react';
import { useRate, useRatings, type PresenterRating } from '../../api/dialogue';
import { EmptyState, InlineError, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../lib/format';
import { Alert, Button, Card, RatingField, Stars, TextAreaField, useNotice } from '../../lite';
import './dialogue.css';

/** How many gave each score, 5 down to 1, as bars (each row read as "score n: count"). */
function Distribution({ p }: { p: PresenterRating }) {
  const t = useT();
  return (
    <ul className="rate-bars" aria-label={t('rate.distribution')}>
      {[5, 4, 3, 2, 1].map((s) => {
        const n = p.distribution[s - 1];
        return (
          <li key={s} className="rate-bar">
            <span className="rate-bar-score"><span className="lt-sr-only">{t('rate.score')} </span>{s}</span>
            <span className="rate-bar-track" aria-hidden><span className="rate-bar-fill" style={{ width: `${Math.round((n / p.count) * 100)}%` }} /></span>
            <span className="rate-bar-count">{formatNumber(n)}</span>
          </li>
        );
      })}
    </ul>
  );
}

function RateOne({ conferenceId, p, canRate, onSaved }: { conferenceId: number; p: PresenterRating; canRate: boolean; onSaved: () => void }) {
  const t = useT();
  const rate = useRate(conferenceId);
  const [score, setScore] = useState(p.mine?.score ?? 0);
  const [comment, setComment] = useState(p.mine?.comment ?? '');
  const onSend = () => rate.mutate({ presenterPersonId: p.presenterPersonId, score, comment: comment.trim() || null }, { onSuccess: onSaved });
  return (
    <div data-testid="rate-presenter" className="rate-presenter">
      <strong>{p.presenterName}</strong>
      <div className="org-option-sub">
        {p.count ? t('rate.average', { avg: formatNumber(p.average, 1), count: p.count }) : t('rate.none')}
      </div>
      {p.count > 0 && <Distribution p={p} />}
      {canRate && (
        <div className="rate-form">
          <RatingField label={t('rate.score')} value={score} onChange={setScore} data-testid="rate-score" />
          <TextAreaField label={t('rate.comment')} rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="rate-comment" />
          <InlineError error={rate.error} />
          <Button variant="primary" block disabled={score < 1} loading={rate.isPending} onClick={onSend} data-testid="rate-submit">
            {t('rate.submit')}
          </Button>
        </div>
      )}
      {p.comments.length > 0 && (
        <div className="rate-comments">
          <h3>{t('rate.comments')}</h3>
          <ul className="lt-list">
            {p.comments.map((c, i) => (
              <li key={i} className="lt-item">
                <div><Stars value={c.score} /> {c.comment}<div className="org-option-sub">{formatDateTime(c.createdAt)}</div></div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Ratings of the agenda's presenters: open from the start until 7 days after the end; never shows who rated. */
export function RatePresenters({ conferenceId, canRate }: { conferenceId: number; canRate: boolean }) {
  const t = useT();
  const r = useRatings(conferenceId);
  // Here, not in each presenter's part: that part is drawn anew once the saved score comes back.
  const { notice, show } = useNotice();
  return (
    <Card title={t('rate.title')} className="section">
      {notice}
      {r.isPending ? <Loading rows={2} /> : r.isError ? <InlineError error={r.error} /> : r.data.presenters.length === 0 ? (
        <EmptyState description={t('rate.noPresenters')} />
      ) : (
        <>
          {canRate && !r.data.window.open && (
            <Alert type="info" title={Date.now() < Date.parse(r.data.window.opensAt) ? t('rate.notOpen') : t('rate.closed')} />
          )}
          {canRate && r.data.window.open && <div className="org-option-sub">{t('rate.window', { time: formatDateTime(r.data.window.closesAt) })}</div>}
          {r.data.presenters.map((p) => (
            <RateOne key={`${p.presenterPersonId}-${p.mine?.score ?? 0}`} conferenceId={conferenceId} p={p} canRate={canRate && r.data.window.open}
              onSaved={() => show(t('rate.saved'))} />
          ))}
        </>
      )}
    </Card>
  );
}
