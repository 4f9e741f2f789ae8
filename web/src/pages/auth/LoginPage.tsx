import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useLogin, useMe } from '../../api/auth';
import { useT } from '../../i18n';
import { LanguageSwitch } from '../../layout/LanguageSwitch';

interface Values { username: string; password: string }

/** Only same-site paths are followed after login (no open redirect through ?next=). */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export default function LoginPage() {
  const t = useT();
  const [sp] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const next = safeNext(sp.get('next'));

  if (me.data) return <Navigate to={next} replace />;

  const onFinish = (v: Values) =>
    login.mutate(v, { onSuccess: () => navigate(next, { replace: true }) });

  return (
    <div className="login-page">
      <div className="login-lang"><LanguageSwitch /></div>
      <Card className="login-card">
        <div className="login-head">
          <span className="brand-star" aria-hidden>★</span>
          <Typography.Title level={2} style={{ margin: '12px 0 0', color: '#b71c1c' }}>{t('app.name')}</Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </div>
        <Typography.Title level={4} style={{ marginTop: 0 }}>{t('auth.loginTitle')}</Typography.Title>
        {login.error && (
          <Alert type="error" showIcon title={login.error.message} style={{ marginBottom: 16 }} data-testid="login-error" role="alert" />
        )}
        <Form<Values> layout="vertical" onFinish={onFinish} requiredMark={false} name="login" data-testid="login-form">
          <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending} data-testid="login-submit">
            {t('auth.login')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: '0.75rem', textAlign: 'center' }}>
          {t('auth.footer')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
