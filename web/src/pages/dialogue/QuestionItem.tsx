import { EyeInvisibleOutlined, EyeOutlined, LikeFilled, LikeOutlined, MessageOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useAnswer, useHide, useVote, type MyQuestion, type Question } from '../../api/dialogue';
import { InlineError } from '../../components/States';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { Button, Tag, TextAreaField } from '../../lite';
import './dialogue.css';

interface Props {
  q: Question | MyQuestion;
  /** Votes are open (conference not ended) and the viewer is an attendee. */
  canVote?: boolean;
  canAnswer?: boolean;
  canModerate?: boolean;
  /** Across conferences (my page): show which conference. */
  showConference?: boolean;
  /** After the answer is saved; the list's own notice says so (the question may leave an "unanswered" list). */
  onAnswered?: () => void;
}

/** One question: who asked (or anonymous), to whom, votes, the answer, and the actions the viewer may take. */
export function QuestionItem({ q, canVote, canAnswer, canModerate, showConference, onAnswered }: Props) {
  const t = useT();
  const vote = useVote();
  const answer = useAnswer();
  const hide = useHide();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(q.answer ?? '');
  const onVote = () => vote.mutate({ id: q.id, on: !q.votedByMe });
  const onAnswer = () => answer.mutate({ id: q.id, answer: text }, {
    onSuccess: () => { setEditing(false); onAnswered?.(); },
  });
  const failed = vote.error ?? hide.error ?? answer.error;

  return (
    <div data-testid="question-item" className="question-item">
      {showConference && 'conferenceTitle' in q && (
        <div className="org-option-sub">{q.conferenceTitle} · {formatDateTime(q.conferenceStartsAt)}</div>
      )}
      <div className="question-row">
        <div className="question-votes">
          <Button
            className={`question-vote${q.votedByMe ? ' lt-btn-primary' : ''}`}
            icon={q.votedByMe ? <LikeFilled /> : <LikeOutlined />}
            disabled={!canVote || q.mine}
            loading={vote.isPending}
            onClick={onVote}
            aria-label={q.votedByMe ? t('qa.unvote') : t('qa.vote')}
            data-testid="vote-button"
          />
          <span data-testid="vote-count" className="question-vote-count">{q.votes}</span>
        </div>
        <div className="question-main">
          <p className="question-text">{q.text}</p>
          <div className="lt-row org-option-sub question-meta">
            <span data-testid="asker">{q.askerName ?? t('qa.anonymousAsker')}</span>
            <span>· {formatDateTime(q.createdAt)}</span>
            {q.mine && <Tag color="blue">{t('qa.mine')}</Tag>}
            {q.anonymous && q.mine && <Tag>{t('qa.anonymous')}</Tag>}
            {q.presenterName && <Tag color="purple">{t('qa.to', { name: q.presenterName })}</Tag>}
            {q.hidden && <Tag color="red">{t('qa.hidden')}</Tag>}
            <Tag color={q.answer ? 'green' : 'default'}>{q.answer ? t('qa.answered') : t('qa.unanswered')}</Tag>
          </div>
          {q.answer && !editing && (
            <div data-testid="answer" className="question-answer">
              <p className="question-text">{q.answer}</p>
              <span className="org-option-sub">{t('qa.answeredAt', { time: formatDateTime(q.answeredAt) })}</span>
            </div>
          )}
          <InlineError error={failed} />
          {editing && (
            <div className="question-edit">
              <TextAreaField label={t('qa.answer')} rows={3} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)}
                placeholder={t('qa.answerPlaceholder')} data-testid="answer-text" autoFocus />
              <div className="lt-row">
                <Button variant="primary" onClick={onAnswer} loading={answer.isPending} disabled={!text.trim()} data-testid="answer-save">{t('common.save')}</Button>
                <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
              </div>
            </div>
          )}
          {!editing && (canAnswer || canModerate) && (
            <div className="lt-row question-actions">
              {canAnswer && (
                <Button size="sm" icon={<MessageOutlined />} onClick={() => { setText(q.answer ?? ''); answer.reset(); setEditing(true); }} data-testid="answer-button">
                  {q.answer ? t('qa.editAnswer') : t('qa.answer')}
                </Button>
              )}
              {canModerate && (
                <Button size="sm" icon={q.hidden ? <EyeOutlined /> : <EyeInvisibleOutlined />} loading={hide.isPending}
                  onClick={() => hide.mutate({ id: q.id, hidden: !q.hidden })}>
                  {q.hidden ? t('qa.unhide') : t('qa.hide')}
                </Button>
              )}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
