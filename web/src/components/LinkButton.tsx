import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router-dom';

type Props = Omit<ButtonProps, 'href' | 'onClick'> & { to: string; 'data-testid'?: string };

/**
 * A link that looks like a button: one element, reached once by Tab (a <Button> inside a <Link> is two nested
 * controls, which screen readers and the keyboard both trip over). Client-side navigation, as a <Link>.
 */
export function LinkButton({ to, ...rest }: Props) {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return <Button {...rest} href={href} onClick={(e: MouseEvent<HTMLElement>) => onClick(e as MouseEvent<HTMLAnchorElement>)} />;
}
