import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMyQuestions, usePresenterQuestions, type PresenterStatus } from '../../api/dialogue';
import { EmptyState, InlineError, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { Card, Segmented, useNotice } from '../../lite';
import { QuestionItem } from './QuestionItem';

/** The member's own questions across conferences, with the answers they got. */
export function MyQuestions() {
  const t = useT();
  const list = useMyQuestions();
  return (
    <Card title={t('qa.myQuestions')} className="section" data-testid="my-questions">
      {list.isPending ? <Loading /> : list.isError ? <InlineError error={list.error} /> : list.data.length === 0 ? (
        <EmptyState description={t('qa.noMyQuestions')} />
      ) : list.data.map((q) => (
        <div key={q.id}>
          <QuestionItem q={q} showConference />
          <Link to={`/me/conferences/${q.conferenceId}`} className="org-option-sub">{t('qa.openConference')}</Link>
        </div>
      ))}
    </Card>
  );
}

/** Questions addressed to the account's person as a presenter (or unaddressed, on conferences where they present). */
export function PresenterQuestions() {
  const t = useT();
  const me = useCurrentUser();
  const [status, setStatus] = useState<PresenterStatus>('unanswered');
  const list = usePresenterQuestions(status);
  const all = usePresenterQuestions('all');
  // Here, not in the item: an answered question leaves the "unanswered" list at once.
  const { notice, show } = useNotice();
  const isPresenter = !!me?.grants.some((g) => g.role === 'presenter');
  // Shown to presenter accounts, and to anyone who has been asked something on an agenda they present.
  if (!isPresenter && !(all.data && all.data.length > 0)) return null;
  return (
    <Card
      title={t('qa.presenterQuestions')}
      className="section"
      data-testid="presenter-questions"
      extra={<Segmented<PresenterStatus> value={status} onChange={setStatus} label={t('qa.statusFilter')}
        options={[{ value: 'unanswered', label: t('qa.statusUnanswered') }, { value: 'all', label: t('qa.statusAll') }]} />}
    >
      {notice}
      {list.isPending ? <Loading /> : list.isError ? <InlineError error={list.error} /> : list.data.length === 0 ? (
        <EmptyState description={t('qa.noPresenterQuestions')} />
      ) : list.data.map((q) => <QuestionItem key={q.id} q={q} canAnswer showConference onAnswered={() => show(t('qa.answerSaved'))} />)}
    </Card>
  );
}
