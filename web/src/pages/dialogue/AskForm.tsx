import { useState, type FormEvent } from 'react';
import { useAsk } from '../../api/dialogue';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n';
import { fieldErrors } from '../../lib/forms';
import { formatNumber } from '../../lib/format';
import { Button, SelectField, SwitchField, TextAreaField, useNotice } from '../../lite';

export interface PresenterOption { id: number; name: string }
const MAX = 2000;
// The fields that show their own error; any other (none expected) goes above the form.
const FIELDS = ['text', 'presenterPersonId'] as const;
type Errors = Partial<Record<(typeof FIELDS)[number], string>>;

/** Ask the presenters: free text, optionally to one presenter, optionally anonymous to other attendees. */
export function AskForm({ conferenceId, presenters }: { conferenceId: number; presenters: PresenterOption[] }) {
  const t = useT();
  const ask = useAsk(conferenceId);
  const { notice, show } = useNotice();
  const [text, setText] = useState('');
  const [presenter, setPresenter] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [extra, setExtra] = useState<string[]>([]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    const mine: Errors = !trimmed ? { text: t('common.required') } : trimmed.length < 3 ? { text: t('qa.textLength') } : {};
    setErrors(mine);
    setExtra([]);
    if (mine.text) return;
    ask.mutate({ text, presenterPersonId: presenter ? Number(presenter) : null, anonymous }, {
      onSuccess: () => { setText(''); setPresenter(''); setAnonymous(false); show(t('qa.sent')); },
      onError: (err) => { const r = fieldErrors(err, FIELDS); setErrors(r.fields); setExtra(r.rest); },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="ask-question">
      {notice}
      <FormError error={ask.error} extra={extra} />
      <TextAreaField label={t('qa.askTitle')} rows={3} maxLength={MAX} placeholder={t('qa.textPlaceholder')} data-testid="question-text" required
        value={text} onChange={(e) => setText(e.target.value)} error={errors.text}
        hint={t('qa.count', { n: formatNumber(text.length), max: formatNumber(MAX) })} />
      {presenters.length > 0 && (
        <SelectField label={t('qa.presenter')} placeholder={t('qa.anyPresenter')} data-testid="question-presenter" error={errors.presenterPersonId}
          value={presenter} onChange={(e) => setPresenter(e.target.value)} options={presenters.map((p) => ({ value: String(p.id), label: p.name }))} />
      )}
      <SwitchField label={t('qa.anonymous')} hint={t('qa.anonymousHint')} data-testid="question-anonymous"
        checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
      <Button type="submit" variant="primary" block loading={ask.isPending} data-testid="ask-submit">{t('qa.ask')}</Button>
    </form>
  );
}
