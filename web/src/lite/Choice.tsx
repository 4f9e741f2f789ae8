import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useT } from '../i18n';

type SwitchProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'size'> & { label: ReactNode; hint?: ReactNode; 'data-testid'?: string };

/** An on/off choice: a native checkbox announced as a switch (Space toggles it), its label and hint tied to it. */
export function SwitchField({ label, hint, className, id: given, ...input }: SwitchProps) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <div className={['lt-field', className].filter(Boolean).join(' ')}>
      <div className="lt-switch-row">
        <input {...input} id={id} type="checkbox" role="switch" className="lt-switch" aria-describedby={hint ? `${id}-hint` : undefined} />
        <label htmlFor={id} className="lt-switch-label">{label}</label>
      </div>
      {hint && <div className="lt-field-hint" id={`${id}-hint`}>{hint}</div>}
    </div>
  );
}

const STAR = '★';

/**
 * A score of 1–max as stars: a group of radio buttons under its label (Tab reaches it, the arrow keys change the
 * score, each star is read as "n of max"); no score chosen yet is 0. The stars light up to the one pointed at.
 */
export function RatingField({ label, value, onChange, max = 5, disabled, ...rest }: { label: ReactNode; value: number; onChange: (v: number) => void; max?: number; disabled?: boolean; 'data-testid'?: string }) {
  const t = useT();
  const name = useId();
  const [hover, setHover] = useState(0);
  const lit = hover || value;
  return (
    <fieldset {...rest} className="lt-rating" disabled={disabled} onMouseLeave={() => setHover(0)}>
      <legend className="lt-label">{label}</legend>
      {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
        <span key={n} className="lt-rating-star">
          <input type="radio" id={`${name}-${n}`} name={name} value={n} checked={value === n} onChange={() => onChange(n)} className="lt-sr-only" />
          <label htmlFor={`${name}-${n}`} className={n <= lit ? 'lt-rating-on' : undefined} onMouseEnter={() => setHover(n)}>
            <span aria-hidden>{STAR}</span>
            <span className="lt-sr-only">{t('lite.stars', { n, max })}</span>
          </label>
        </span>
      ))}
    </fieldset>
  );
}

/** A score shown (not chosen) as stars, read as "n of max". */
export function Stars({ value, max = 5 }: { value: number; max?: number }) {
  const t = useT();
  return (
    <span className="lt-stars" role="img" aria-label={t('lite.stars', { n: value, max })}>
      <span className="lt-rating-on">{STAR.repeat(value)}</span>{STAR.repeat(Math.max(0, max - value))}
    </span>
  );
}
