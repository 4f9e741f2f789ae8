import type { ReactNode } from 'react';

/** Label–value pairs (a description list): side by side as room allows, one under another on a phone. */
export function Facts({ items, ...rest }: { items: { label: ReactNode; value: ReactNode }[]; 'data-testid'?: string }) {
  return (
    <dl {...rest} className="lt-facts">
      {items.map((it, i) => (
        <div key={i}><dt>{it.label}</dt><dd>{it.value}</dd></div>
      ))}
    </dl>
  );
}
