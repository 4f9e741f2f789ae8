import { Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useReportValue, type Target } from '../../api/programs';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { toApiDate } from '../../lib/format';
import { KindValueInput } from './KindValueInput';

interface Values { value: number | boolean; asOf: Dayjs; note?: string }

/** The unit reports the actual value of one of its own targets (never of a roll-up: that is computed). */
export function ValueModal({ target, open, onClose }: { target: Target; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const report = useReportValue(target.id);
  const required = [{ required: true, message: t('common.required') }];
  return (
    <FormModal<Values>
      open={open}
      title={`${t('targets.report')}: ${target.indicator}`}
      form={form}
      onClose={onClose}
      onSubmit={(v) => report.mutateAsync({ value: v.value, asOf: toApiDate(v.asOf)!, note: v.note?.trim() || null })}
      success={t('targets.reported')}
      initialValues={{ asOf: dayjs() }}
      testId="value-form"
    >
      <Form.Item name="value" label={t('targets.value')} rules={required}>
        <KindValueInput kind={target.kind} unit={target.unit} data-testid="value-input" />
      </Form.Item>
      <Form.Item name="asOf" label={t('targets.asOf')} rules={required}><DateField /></Form.Item>
      <Form.Item name="note" label={t('targets.note')}><Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} /></Form.Item>
    </FormModal>
  );
}
