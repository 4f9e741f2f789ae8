import { CloseOutlined } from '@ant-design/icons';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import { Button } from './Button';

/**
 * A modal dialog on the browser's own <dialog>: the focus stays inside, Escape and the close button close it,
 * and the focus goes back to what opened it. Its content is mounted only while open (a camera stops on close).
 */
export function Dialog({ open, onClose, title, children, ...rest }: { open: boolean; onClose: () => void; title: ReactNode; children: ReactNode; 'data-testid'?: string }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog {...rest} ref={ref} className="lt-dialog" aria-labelledby={titleId} onClose={onClose}
      onClick={(e) => e.target === ref.current && onClose()}>
      <div className="lt-dialog-head">
        <h2 className="lt-dialog-title" id={titleId}>{title}</h2>
        <Button variant="text" icon={<CloseOutlined />} aria-label={t('common.close')} onClick={onClose} />
      </div>
      <div className="lt-dialog-body">{open && children}</div>
    </dialog>
  );
}
