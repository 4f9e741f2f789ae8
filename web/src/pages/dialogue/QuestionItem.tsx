import { EyeInvisibleOutlined, EyeOutlined, LikeFilled, LikeOutlined, MessageOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAnswer, useHide, useVote, type MyQuestion, type Question } from '../../api/dialogue';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';

interface Props {
  q: Question | MyQuestion;
  /** Votes are open (conference not ended) and the viewer is an attendee. */
  canVote?: boolean;
  canAnswer?: boolean;
  canModerate?: boolean;
  /** Across conferences (my page): show which conference. */
  showConference?: boolean;
}

/** One question: who asked (or anonymous), to whom, votes, the answer, and the actions the viewer may take. */
export function QuestionItem({ q, canVote, canAnswer, canModerate, showConference }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const vote = useVote();
  const answer = useAnswer();
  const hide = useHide();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(q.answer ?? '');
  const onVote = () => vote.mutate({ id: q.id, on: !q.votedByMe }, { onError: (e) => message.error(e.message) });
  const onAnswer = () => answer.mutate({ id: q.id, answer: text }, {
    onSuccess: () => { setEditing(false); message.success(t('qa.answerSaved')); },
    onError: (e) => message.error(e.message),
  });

  return (
    <div data-testid="question-item" className="question-item" style={{ padding: '12px 0', borderBottom: '1px solid rgba(0,0,0,0.06)' }}>
      {showConference && 'conferenceTitle' in q && (
        <div className="org-option-sub">{q.conferenceTitle} · {formatDateTime(q.conferenceStartsAt)}</div>
      )}
      <Flex gap={12} align="flex-start">
        <Flex vertical align="center" style={{ minWidth: 48 }}>
          <Button
            shape="circle"
            type={q.votedByMe ? 'primary' : 'default'}
            icon={q.votedByMe ? <LikeFilled /> : <LikeOutlined />}
            disabled={!canVote || q.mine}
            loading={vote.isPending}
            onClick={onVote}
            aria-label={q.votedByMe ? t('qa.unvote') : t('qa.vote')}
            data-testid="vote-button"
          />
          <span data-testid="vote-count" style={{ fontWeight: 600 }}>{q.votes}</span>
        </Flex>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>{q.text}</Typography.Paragraph>
          <Flex gap={4} wrap className="org-option-sub">
            <span data-testid="asker">{q.askerName ?? t('qa.anonymousAsker')}</span>
            <span>· {formatDateTime(q.createdAt)}</span>
            {q.mine && <Tag color="blue">{t('qa.mine')}</Tag>}
            {q.anonymous && q.mine && <Tag>{t('qa.anonymous')}</Tag>}
            {q.presenterName && <Tag color="purple">{t('qa.to', { name: q.presenterName })}</Tag>}
            {q.hidden && <Tag color="red">{t('qa.hidden')}</Tag>}
            <Tag color={q.answer ? 'green' : 'default'}>{q.answer ? t('qa.answered') : t('qa.unanswered')}</Tag>
          </Flex>
          {q.answer && !editing && (
            <div data-testid="answer" style={{ marginTop: 8, padding: 8, background: 'rgba(22,119,255,0.06)', borderRadius: 6 }}>
              <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{q.answer}</Typography.Paragraph>
              <span className="org-option-sub">{t('qa.answeredAt', { time: formatDateTime(q.answeredAt) })}</span>
            </div>
          )}
          {editing && (
            <div style={{ marginTop: 8 }}>
              <Input.TextArea rows={3} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('qa.answerPlaceholder')} data-testid="answer-text" />
              <Flex gap={8} style={{ marginTop: 8 }}>
                <Button type="primary" onClick={onAnswer} loading={answer.isPending} disabled={!text.trim()} data-testid="answer-save">{t('common.save')}</Button>
                <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
              </Flex>
            </div>
          )}
          {!editing && (canAnswer || canModerate) && (
            <Flex gap={8} wrap style={{ marginTop: 8 }}>
              {canAnswer && (
                <Button size="small" icon={<MessageOutlined />} onClick={() => { setText(q.answer ?? ''); setEditing(true); }} data-testid="answer-button">
                  {q.answer ? t('qa.editAnswer') : t('qa.answer')}
                </Button>
              )}
              {canModerate && (
                <Button size="small" icon={q.hidden ? <EyeOutlined /> : <EyeInvisibleOutlined />} loading={hide.isPending}
                  onClick={() => hide.mutate({ id: q.id, hidden: !q.hidden }, { onError: (e) => message.error(e.message) })}>
                  {q.hidden ? t('qa.unhide') : t('qa.hide')}
                </Button>
              )}
            </Flex>
          )}
        </div>
      </Flex>
    </div>
  );
}
