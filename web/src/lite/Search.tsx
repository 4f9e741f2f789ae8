import { SearchOutlined } from '@ant-design/icons';
import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'size' | 'onChange'> & {
  value: string;
  onChange: (v: string) => void;
  /** Its accessible name; also the placeholder (a search box needs no visible label beside its icon). */
  label: string;
  size?: 'lg';
  'data-testid'?: string;
};

/** A search box: the browser's own clear button (type="search"), the test id and the name on the <input>. */
export function SearchField({ value, onChange, label, size, className, ...input }: Props) {
  return (
    <div className={['lt-search', className].filter(Boolean).join(' ')}>
      <SearchOutlined className="lt-search-icon" aria-hidden />
      <input {...input} type="search" value={value} onChange={(e) => onChange(e.target.value)} placeholder={label} aria-label={label}
        className={`lt-input${size ? ' lt-input-lg' : ''}`} />
    </div>
  );
}
