import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../lib/format';

/** A date picker shown dd/mm/yyyy, for Form.Item (value is a Dayjs; convert with toApiDate). */
export function DateField(props: { value?: Dayjs | null; onChange?: (v: Dayjs | null) => void; id?: string; placeholder?: string; disabled?: boolean }) {
  return <DatePicker {...props} format={DATE_FORMAT} style={{ width: '100%' }} placeholder={props.placeholder ?? 'dd/mm/yyyy'} />;
}
