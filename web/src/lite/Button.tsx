import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router-dom';

export type ButtonVariant = 'default' | 'primary' | 'danger' | 'text' | 'link';
interface Look { variant?: ButtonVariant; size?: 'sm' | 'lg'; block?: boolean; icon?: ReactNode; className?: string }

/** The classes of a button's look, shared by <Button> and <ButtonLink>. */
function classes({ variant = 'default', size, block, className }: Look): string {
  return ['lt-btn', variant !== 'default' && `lt-btn-${variant}`, size && `lt-btn-${size}`, block && 'lt-btn-block', className].filter(Boolean).join(' ');
}

export type ButtonProps = Look & ButtonHTMLAttributes<HTMLButtonElement> & { loading?: boolean; 'data-testid'?: string };

/** A button (type="button" unless told otherwise); while loading it is busy and cannot be pressed twice. */
export function Button({ variant, size, block, icon, className, loading, children, type = 'button', disabled, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} disabled={disabled || loading} aria-busy={loading || undefined} className={classes({ variant, size, block, className })}>
      {loading ? <span className="lt-spin" aria-hidden /> : icon}
      {children !== undefined && <span>{children}</span>}
    </button>
  );
}

type LinkProps = Look & { to: string; children?: ReactNode; 'data-testid'?: string; 'aria-label'?: string; onClick?: () => void };

/** A link that looks like a button: one element, client-side navigation (as a router <Link>). */
export function ButtonLink({ to, variant, size, block, icon, className, children, onClick, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <a {...rest} href={href} className={classes({ variant, size, block, className })} onClick={(e: MouseEvent<HTMLAnchorElement>) => { onClick?.(); navigate(e); }}>
      {icon}
      {children !== undefined && <span>{children}</span>}
    </a>
  );
}
