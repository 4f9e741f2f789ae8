import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useLogin, useMe } from '../../api/auth';
import { useT } from '../../i18n';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { Alert, Button, Card, PasswordField, TextField } from '../../lite';

/** Only same-site paths are followed after login (no open redirect through ?next=). */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

type Missing = { username?: boolean; password?: boolean };

export default function LoginPage() {
  const t = useT();
  const [sp] = useSearchParams();
  const navigate = useNavigate();
  const loggedOut = (useLocation().state as { loggedOut?: boolean } | null)?.loggedOut;
  const me = useMe();
  const login = useLogin();
  const next = safeNext(sp.get('next'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Missing>({});

  if (me.data) return <Navigate to={next} replace />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const m = { username: !username.trim(), password: !password };
    setMissing(m);
    if (m.username || m.password) return;
    login.mutate({ username, password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  return (
    <div className="login-page">
      <div className="login-lang"><LanguageSwitch /></div>
      <Card className="login-card">
        <div className="login-head">
          <span className="brand-star" aria-hidden>★</span>
          <div className="login-brand">{t('app.name')}</div>
          <div className="lt-muted">{t('app.tagline')}</div>
        </div>
        <h1 className="login-title">{t('auth.loginTitle')}</h1>
        {loggedOut && !login.error && <Alert type="success" title={t('auth.loggedOut')} data-testid="logged-out" />}
        {login.error && <Alert type="error" live title={login.error.message} data-testid="login-error" />}
        <form onSubmit={onSubmit} noValidate data-testid="login-form" name="login">
          <TextField label={t('auth.username')} name="username" autoComplete="username" autoFocus size="lg" data-testid="login-username"
            value={username} onChange={(e) => setUsername(e.target.value)} error={missing.username && t('auth.usernameRequired')} />
          <PasswordField label={t('auth.password')} name="password" autoComplete="current-password" size="lg" data-testid="login-password"
            value={password} onChange={(e) => setPassword(e.target.value)} error={missing.password && t('auth.passwordRequired')} />
          <Button type="submit" variant="primary" block size="lg" loading={login.isPending} data-testid="login-submit">{t('auth.login')}</Button>
        </form>
        <p className="lt-muted login-footer">{t('auth.footer')}</p>
      </Card>
    </div>
  );
}
