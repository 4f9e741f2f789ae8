import { useState } from 'react';
import { useQuestions, type QuestionSort } from '../../api/dialogue';
import { EmptyState, InlineError, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useCurrentUser } from '../../layout/RequireAuth';
import { Alert, Card, Segmented, useNotice } from '../../lite';
import { AskForm, type PresenterOption } from './AskForm';
import { QuestionItem } from './QuestionItem';
import { RatePresenters } from './RatePresenters';
import './dialogue.css';

interface Props {
  conferenceId: number;
  startsAt: string;
  endsAt: string;
  presenters: PresenterOption[];
  /** The organizers answer any question and hide questions (the conference's abilities). */
  moderator?: boolean;
}

/** The conference's dialogue: questions by votes (or newest), the ask form while it runs, presenter ratings after. */
export function QuestionsPanel({ conferenceId, startsAt, endsAt, presenters, moderator = false }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const [sort, setSort] = useState<QuestionSort>('votes');
  const list = useQuestions(conferenceId, sort);
  const { notice, show } = useNotice();
  const now = Date.now();
  const open = now <= Date.parse(endsAt);
  const started = now >= Date.parse(startsAt);
  // The server decides for real; the UI offers asking to accounts with a person, answering to presenters and organizers.
  const asker = !!me?.personId;
  const presenting = presenters.some((p) => p.id === me?.personId);

  return (
    <div data-testid="questions-tab" className="qa-grid">
      {/* First in the page's order: on a phone the form is above the list (on a desktop, the right column). */}
      <div className="qa-side">
        {asker && (
          <Card>
            {open ? <AskForm conferenceId={conferenceId} presenters={presenters} /> : <Alert type="info" title={t('qa.closed')} />}
          </Card>
        )}
        {(started || !asker) && <RatePresenters conferenceId={conferenceId} canRate={asker} />}
      </div>
      <div className="qa-main">
        <div className="qa-sort">
          <Segmented<QuestionSort>
            value={sort}
            onChange={setSort}
            label={t('qa.sort')}
            options={[{ value: 'votes', label: t('qa.sortVotes') }, { value: 'recent', label: t('qa.sortRecent') }]}
            data-testid="questions-sort"
          />
        </div>
        {notice}
        {list.isPending ? <Loading /> : list.isError ? <InlineError error={list.error} /> : list.data.length === 0 ? (
          <EmptyState description={t('qa.empty')} />
        ) : (
          <div data-testid="questions-list">
            {list.data.map((q) => (
              <QuestionItem
                key={q.id}
                q={q}
                canVote={open && asker}
                canAnswer={moderator || (!!me?.personId && (q.presenterPersonId === me.personId || (q.presenterPersonId === null && presenting)))}
                canModerate={moderator}
                onAnswered={() => show(t('qa.answerSaved'))}
              />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

/** Presenters of an agenda, once each, for the ask form. */
export function agendaPresenters(agenda: { presenterPersonId: number | null; presenterName: string | null }[]): PresenterOption[] {
  const seen = new Map<number, string>();
  // A presenter whose name the caller may not read is left out rather than shown as a bare id.
  for (const a of agenda) if (a.presenterPersonId && a.presenterName && !seen.has(a.presenterPersonId)) seen.set(a.presenterPersonId, a.presenterName);
  return [...seen].map(([id, name]) => ({ id, name }));
}
