import { ArrowLeftOutlined } from '@ant-design/icons';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { MODE_LIST, TOPIC_LIST, useNotifySettings, useSaveNotifySettings, type Mode, type Topic } from '../../api/notifications';
import { PageHeader } from '../../components/PageHeader';
import { InlineError, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { Alert, Button, ButtonLink, Card, Segmented, TextField, useNotice } from '../../lite';

/** The person's own choices: which notices also come by e-mail, at once or in the daily digest, and to which address. */
export default function SettingsPage() {
  const t = useT();
  const settings = useNotifySettings();
  const save = useSaveNotifySettings();
  const { notice, show } = useNotice();
  const [email, setEmail] = useState('');
  const [modes, setModes] = useState<Record<Topic, Mode> | null>(null);
  useEffect(() => {
    if (settings.data && !modes) { setEmail(settings.data.email ?? ''); setModes(settings.data.modes); }
  }, [settings.data, modes]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!modes) return;
    save.mutate({ email: email.trim(), modes }, { onSuccess: () => show(t('notify.saved')) });
  };
  const fieldError = save.error instanceof ApiError ? save.error.fields?.email : undefined;
  const s = settings.data;
  return (
    <div className="page-narrow">
      <PageHeader title={t('notify.settingsTitle')} sub={t('notify.settingsSub')}
        extra={<ButtonLink to="/notifications" icon={<ArrowLeftOutlined />}>{t('notify.backToInbox')}</ButtonLink>} />
      {notice}
      {settings.isPending || (s && !modes) ? <Loading /> : !s || !modes ? <InlineError error={settings.error} /> : (
        <Card>
          {!s.mailEnabled && <Alert type="info" title={t('notify.mailOff')} className="section" data-testid="mail-off" />}
          <form onSubmit={submit} data-testid="notify-settings">
            <TextField label={t('notify.email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email"
              hint={s.personEmail ? t('notify.emailHint', { email: s.personEmail }) : t('notify.emailHintNone')} error={fieldError} data-testid="notify-email" />
            {TOPIC_LIST.map((topic) => (
              <div key={topic} className="notify-topic" data-testid={`topic-${topic}`}>
                <span className="notify-topic-label" id={`topic-${topic}`}>{t(`notify.topic.${topic}`)}</span>
                <Segmented label={t(`notify.topic.${topic}`)} value={modes[topic]} onChange={(v) => setModes({ ...modes, [topic]: v })}
                  options={MODE_LIST.map((m) => ({ value: m, label: t(`notify.mode.${m}`) }))} />
              </div>
            ))}
            {save.isError && !fieldError && <InlineError error={save.error} />}
            <Button type="submit" variant="primary" loading={save.isPending} data-testid="notify-save" style={{ marginTop: 12 }}>{t('notify.save')}</Button>
          </form>
        </Card>
      )}
    </div>
  );
}
