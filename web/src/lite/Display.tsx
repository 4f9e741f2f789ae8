import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import type { HTMLAttributes, ReactNode } from 'react';

type Div = Omit<HTMLAttributes<HTMLElement>, 'title'> & { 'data-testid'?: string };

/** A titled box; its title is a heading (level 2 under the page's h1) so a screen reader can jump between them. */
export function Card({ title, extra, children, className, ...rest }: Div & { title?: ReactNode; extra?: ReactNode }) {
  return (
    <section {...rest} className={['lt-card', className].filter(Boolean).join(' ')}>
      {(title || extra) && (
        <div className="lt-card-head">
          {title && <h2 className="lt-card-title">{title}</h2>}
          {extra}
        </div>
      )}
      <div className="lt-card-body">{children}</div>
    </section>
  );
}

export type AlertType = 'info' | 'success' | 'warning' | 'error';
const ALERT_ICON: Record<AlertType, ReactNode> = {
  info: <InfoCircleFilled />, success: <CheckCircleFilled />, warning: <ExclamationCircleFilled />, error: <CloseCircleFilled />,
};

/** A message box. `live`: announced when it appears (errors after an action), not for what was there already. */
export function Alert({ type = 'info', title, description, icon, live, action, className, ...rest }: Div & { type?: AlertType; title: ReactNode; description?: ReactNode; icon?: ReactNode; live?: boolean; action?: ReactNode }) {
  return (
    <div {...rest} role={live ? (type === 'error' ? 'alert' : 'status') : undefined} className={['lt-alert', `lt-alert-${type}`, className].filter(Boolean).join(' ')}>
      <span className="lt-alert-icon" aria-hidden>{icon ?? ALERT_ICON[type]}</span>
      <div style={{ flex: 1 }}>
        <div className="lt-alert-title">{title}</div>
        {description && <div>{description}</div>}
      </div>
      {action}
    </div>
  );
}

export type TagColor = 'default' | 'green' | 'blue' | 'red' | 'orange' | 'volcano' | 'gold' | 'purple';
export function Tag({ color = 'default', children, className, ...rest }: Div & { color?: TagColor }) {
  return <span {...rest} className={['lt-tag', color !== 'default' && `lt-tag-${color}`, className].filter(Boolean).join(' ')}>{children}</span>;
}

/** A list of items: each a title, a description under it, and actions at the end (wrapping below on a phone). */
export function ItemList({ children, className, ...rest }: Div) {
  return <ul {...rest} className={['lt-list', className].filter(Boolean).join(' ')}>{children}</ul>;
}
export function Item({ title, description, actions, children, className, ...rest }: Div & { title?: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <li {...rest} className={['lt-item', className].filter(Boolean).join(' ')}>
      <div className="lt-item-main">
        {title && <div className="lt-item-title">{title}</div>}
        {description && <div className="lt-item-desc">{description}</div>}
        {children}
      </div>
      {actions && <div className="lt-item-actions">{actions}</div>}
    </li>
  );
}

export function Empty({ children, ...rest }: Div) {
  return <div {...rest} className="lt-empty">{children}</div>;
}

export type ResultStatus = 'error' | 'warning' | '403' | '404' | 'success' | 'info';
const RESULT_ICON: Record<ResultStatus, ReactNode> = {
  error: <CloseCircleFilled style={{ color: '#cf1322' }} />, warning: <ExclamationCircleFilled style={{ color: '#ad4e00' }} />,
  '403': <ExclamationCircleFilled style={{ color: '#ad4e00' }} />, '404': <InfoCircleFilled style={{ color: '#0958d9' }} />,
  success: <CheckCircleFilled style={{ color: '#237804' }} />, info: <InfoCircleFilled style={{ color: '#0958d9' }} />,
};

/** A whole-page outcome (not found, forbidden, failed, offline): an icon, a title, what to do. */
export function Result({ status = 'info', icon, title, subTitle, extra, ...rest }: Div & { status?: ResultStatus; icon?: ReactNode; title: ReactNode; subTitle?: ReactNode; extra?: ReactNode }) {
  return (
    <div {...rest} className="lt-result">
      <div className="lt-result-icon" aria-hidden>{icon ?? RESULT_ICON[status]}</div>
      <h1 className="lt-result-title">{title}</h1>
      {subTitle && <div className="lt-result-subtitle">{subTitle}</div>}
      {extra && <div className="lt-result-extra">{extra}</div>}
    </div>
  );
}

/** Busy indicators carry the class lt-busy: the browser suites wait until none is on the page. */
export function Spinner({ label, ...rest }: Div & { label: string }) {
  return <span {...rest} className="lt-spin lt-busy" role="status" aria-label={label} />;
}

export function Skeleton({ rows = 4, label, ...rest }: Div & { rows?: number; label: string }) {
  return (
    <div {...rest} className="lt-skeleton lt-busy" role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => <div key={i} className="lt-skeleton-line" />)}
    </div>
  );
}

/** A figure with its name (the home page's counts); while loading, a one-line skeleton in its place. */
export function Stat({ title, value, icon, loading, loadingLabel, ...rest }: Div & { title: ReactNode; value: ReactNode; icon?: ReactNode; loading?: boolean; loadingLabel: string }) {
  return (
    <div {...rest} className="lt-stat">
      <div className="lt-stat-title">{title}</div>
      {loading ? <Skeleton rows={1} label={loadingLabel} /> : <div className="lt-stat-value">{icon && <span className="lt-stat-icon" aria-hidden>{icon}</span>}{value}</div>}
    </div>
  );
}
