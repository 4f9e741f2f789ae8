import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';

interface Props {
  value: string;
  onChange: (v: string) => void;
  /** Enter: search at once instead of waiting for the debounce. */
  onEnter?: (v: string) => void;
  placeholder: string;
  testId: string;
  size?: 'large' | 'middle';
  style?: React.CSSProperties;
}

/** A search text box whose test id and accessible name sit on the <input> itself. */
export function SearchBox({ value, onChange, onEnter, placeholder, testId, size, style }: Props) {
  return (
    <Input
      type="search"
      allowClear
      prefix={<SearchOutlined />}
      placeholder={placeholder}
      aria-label={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onPressEnter={(e) => onEnter?.((e.target as HTMLInputElement).value)}
      data-testid={testId}
      size={size}
      style={style}
    />
  );
}
