import { App, Button, Card, Form, InputNumber, Select } from 'antd';
import { FREQUENCIES, useSetReporting, type Frequency, type Reporting } from '../../api/reports';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n';

/**
 * How often a program's units report and when it is due. Only the top program sets it (programs built from it follow);
 * the server also refuses anyone but the program's own office or leadership.
 */
export function ReportingSettings({ programId, reporting, canWrite }: { programId: number; reporting: Reporting; canWrite: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const set = useSetReporting(programId);
  const [form] = Form.useForm<{ frequency: Frequency; dueDays: number }>();
  if (reporting.inherited) {
    return (
      <Card size="small" title={t('reports.settings')} data-testid="reporting-settings">
        {t('reports.inherited', { frequency: reporting.frequency ? t(`reports.frequency.${reporting.frequency}`) : t('reports.notSet'), days: reporting.dueDays })}
      </Card>
    );
  }
  return (
    <Card size="small" title={t('reports.settings')} data-testid="reporting-settings">
      <Form form={form} layout="vertical" style={{ maxWidth: 480 }} disabled={!canWrite} initialValues={{ frequency: reporting.frequency ?? undefined, dueDays: reporting.dueDays }}
        onFinish={async (v) => {
          try {
            const r = await set.mutateAsync(v);
            message.success(t('reports.settingsSaved', { count: r.periods.length }));
          } catch { /* shown below */ }
        }}>
        <Form.Item name="frequency" label={t('reports.frequency')} rules={[{ required: true }]}>
          <Select options={FREQUENCIES.map((f) => ({ value: f, label: t(`reports.frequency.${f}`) }))} data-testid="reporting-frequency" />
        </Form.Item>
        <Form.Item name="dueDays" label={t('reports.dueDays')} rules={[{ required: true }]}>
          <InputNumber min={0} max={90} style={{ width: '100%' }} />
        </Form.Item>
        <p className="lt-muted">{t('reports.settingsHint')}</p>
        <FormError error={set.error} />
        {canWrite && <Button type="primary" htmlType="submit" loading={set.isPending} data-testid="reporting-save">{t('reports.saveSettings')}</Button>}
      </Form>
    </Card>
  );
}
