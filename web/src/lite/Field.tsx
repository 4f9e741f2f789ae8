import { useId, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useT } from '../i18n';

interface FieldLook { label: ReactNode; error?: ReactNode; hint?: ReactNode; size?: 'lg'; className?: string }

/** A labelled field: its error and hint are tied to the control (aria-describedby), an error marks it invalid. */
function Field({ id, label, error, hint, className, children }: FieldLook & { id: string; children: ReactNode }) {
  return (
    <div className={['lt-field', error ? 'lt-field-invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="lt-label" htmlFor={id}>{label}</label>
      {children}
      {hint && <div className="lt-field-hint" id={`${id}-hint`}>{hint}</div>}
      {error && <div className="lt-field-error" id={`${id}-error`} role="alert">{error}</div>}
    </div>
  );
}

function described(id: string, { error, hint }: FieldLook) {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? true : undefined };
}

type InputProps = FieldLook & Omit<InputHTMLAttributes<HTMLInputElement>, 'size'> & { 'data-testid'?: string };

export function TextField({ label, error, hint, size, className, id: given, ...input }: InputProps) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className}>
      <input {...input} id={id} className={`lt-input${size ? ' lt-input-lg' : ''}`} {...described(id, { label, error, hint })} />
    </Field>
  );
}

/** A password with a show/hide switch (older members check what they typed). */
export function PasswordField({ label, error, hint, size, className, id: given, ...input }: InputProps) {
  const t = useT();
  const auto = useId();
  const id = given ?? auto;
  const [shown, setShown] = useState(false);
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className}>
      <div className="lt-input-wrap">
        <input {...input} id={id} type={shown ? 'text' : 'password'} className={`lt-input${size ? ' lt-input-lg' : ''}`} {...described(id, { label, error, hint })} />
        <button type="button" className="lt-btn lt-btn-text lt-btn-sm lt-input-toggle" aria-pressed={shown} aria-controls={id} onClick={() => setShown((s) => !s)}>
          {shown ? t('lite.hidePassword') : t('lite.showPassword')}
        </button>
      </div>
    </Field>
  );
}

type TextAreaProps = FieldLook & TextareaHTMLAttributes<HTMLTextAreaElement> & { 'data-testid'?: string };

export function TextAreaField({ label, error, hint, className, id: given, size: _size, ...area }: TextAreaProps) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className}>
      <textarea {...area} id={id} className="lt-textarea" {...described(id, { label, error, hint })} />
    </Field>
  );
}

/** An option; consecutive options with the same `group` are shown under that heading (<optgroup>). */
export interface Option { value: string; label: string; group?: string }
type SelectProps = FieldLook & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'size'> & { options: Option[]; placeholder?: string; 'data-testid'?: string };

/** Runs of options sharing a group, in order. */
function groups(options: Option[]): [string | undefined, Option[]][] {
  const runs: [string | undefined, Option[]][] = [];
  for (const o of options) {
    const last = runs[runs.length - 1];
    if (last && last[0] === o.group) last[1].push(o); else runs.push([o.group, [o]]);
  }
  return runs;
}

/** The phone's own list picker (a native <select>): large, familiar, and read by every screen reader. */
export function SelectField({ label, error, hint, size, className, id: given, options, placeholder, ...select }: SelectProps) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className}>
      <select {...select} id={id} className={`lt-select${size ? ' lt-select-lg' : ''}`} {...described(id, { label, error, hint })}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {groups(options).map(([group, opts], i) => {
          const list = opts.map((o) => <option key={o.value} value={o.value}>{o.label}</option>);
          return group ? <optgroup key={`${i}-${group}`} label={group}>{list}</optgroup> : list;
        })}
      </select>
    </Field>
  );
}
