import { DatePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { DATE_FORMAT, DATE_TIME_FORMAT, typedDateProblem } from '../lib/format';
import { keepEnterInPickers } from '../lib/forms';

interface Common {
  id?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
  'aria-label'?: string;
}

/**
 * The one date (or date and time, with `showTime`) field of the app, shown dd/mm/yyyy [HH:mm], for Form.Item
 * (value is a Dayjs; convert with toApiDate / toApiInstant). Enter only confirms the picker, never submits the
 * surrounding form; a typed date that does not exist (30/02/2024) stays on screen with a message instead of vanishing.
 */
export function DateField({ value, onChange, placeholder, showTime, style, ...rest }: Common & {
  value?: Dayjs | null; onChange?: (v: Dayjs | null) => void; placeholder?: string; showTime?: boolean; defaultValue?: Dayjs;
}) {
  const t = useT();
  const format = showTime ? DATE_TIME_FORMAT : DATE_FORMAT;
  const [problem, setProblem] = useState<string | null>(null);
  const check = (e: FocusEvent<HTMLElement> | KeyboardEvent<HTMLElement>) => {
    const text = e.target instanceof HTMLInputElement ? e.target.value : '';
    const p = typedDateProblem(text, format);
    setProblem(p === 'invalid' ? t('date.invalid', { value: text }) : p === 'incomplete' ? t('date.incomplete', { format: format.toLowerCase() }) : null);
    // What is on screen is not the old value any more: the form must not keep sending it.
    if (p && value) onChange?.(null);
  };
  return (
    <div style={{ width: '100%', ...style }}>
      <DatePicker
        aria-label={rest.id ? undefined : placeholder}
        {...rest}
        value={value}
        onChange={(d) => { setProblem(null); onChange?.(d); }}
        format={format}
        showTime={showTime ? { format: 'HH:mm', minuteStep: 5 } : undefined}
        style={{ width: '100%' }}
        status={problem ? 'error' : undefined}
        placeholder={placeholder ?? format.toLowerCase()}
        preserveInvalidOnBlur
        onBlur={check}
        onKeyDown={(e) => { keepEnterInPickers(e); if (e.key === 'Enter') check(e); }}
      />
      {problem && <Typography.Text type="danger" role="alert" data-testid="date-problem">{problem}</Typography.Text>}
    </div>
  );
}

/** Two dates (from–to) with the same keyboard rule: Enter never submits a surrounding form. */
export function DateRangeField({ value, onChange, ...rest }: Common & {
  value: [Dayjs | null, Dayjs | null]; onChange: (v: [Dayjs | null, Dayjs | null]) => void;
}) {
  return (
    <DatePicker.RangePicker
      {...rest}
      style={{ width: '100%', ...rest.style }}
      format={DATE_FORMAT}
      value={value}
      onChange={(r) => onChange([r?.[0] ?? null, r?.[1] ?? null])}
      onKeyDown={keepEnterInPickers}
    />
  );
}
