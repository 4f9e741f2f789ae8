import { useId, useRef, type ButtonHTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n';
import { Button } from './Button';

/** A choice of a few values as pressed buttons (the language switch). */
export function Segmented<V extends string>({ value, options, onChange, label, ...rest }: { value: V; options: { value: V; label: ReactNode; title?: string }[]; onChange: (v: V) => void; label: string; 'data-testid'?: string }) {
  return (
    <div {...rest} className="lt-segmented" role="group" aria-label={label}>
      {options.map((o) => (
        <button key={o.value} type="button" title={o.title} aria-pressed={o.value === value} onClick={() => o.value !== value && onChange(o.value)}>{o.label}</button>
      ))}
    </div>
  );
}

export interface TabItem<K extends string> { key: K; label: ReactNode; content: ReactNode }

/** Tabs as WAI-ARIA describes them: one tab in the Tab order, arrow keys (and Home/End) move between them. */
export function Tabs<K extends string>({ items, active, onChange, label }: { items: TabItem<K>[]; active: K; onChange: (k: K) => void; label?: string }) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent) => {
    const i = items.findIndex((it) => it.key === active);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: items.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const k = items[(next + items.length) % items.length].key;
    onChange(k);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-key="${k}"]`)?.focus());
  };
  const current = items.find((it) => it.key === active) ?? items[0];
  return (
    <div>
      <div className="lt-tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKey}>
        {items.map((it) => (
          <button key={it.key} type="button" role="tab" className="lt-tab" data-key={it.key} id={`${base}-${it.key}`} aria-controls={`${base}-panel`}
            aria-selected={it.key === current.key} tabIndex={it.key === current.key ? 0 : -1} onClick={() => onChange(it.key)}>
            {it.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-${current.key}`}>{current.content}</div>
    </div>
  );
}

/** Previous / next through a list shown a page at a time; nothing when it fits on one page. */
export function Pager({ page, pageSize, total, onChange }: { page: number; pageSize: number; total: number; onChange: (p: number) => void }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="lt-pager" aria-label={t('lite.pages')}>
      <Button size="sm" disabled={page <= 1} onClick={() => onChange(page - 1)}>{t('lite.previous')}</Button>
      <span aria-live="polite">{t('lite.pageOf', { page, pages })}</span>
      <Button size="sm" disabled={page >= pages} onClick={() => onChange(page + 1)}>{t('lite.next')}</Button>
    </nav>
  );
}

/** An on/off switch: a button with role="switch" (Space and Enter toggle it); label it with aria-labelledby or a <label htmlFor>. */
export function Switch({ checked, onChange, className, ...rest }: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onChange'> & { checked: boolean; onChange: (on: boolean) => void; 'data-testid'?: string }) {
  return (
    <button {...rest} type="button" role="switch" aria-checked={checked} className={['lt-switch', className].filter(Boolean).join(' ')} onClick={() => onChange(!checked)}>
      <span className="lt-switch-knob" aria-hidden />
    </button>
  );
}
