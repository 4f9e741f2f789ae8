import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert } from './Display';

/**
 * A short success message after an action (instead of Ant Design's message): shown in a live region that is
 * always in the page (so it is announced), and cleared after a few seconds. Put `notice` where the eye is.
 */
export function useNotice(ms = 5000): { notice: ReactNode; show: (text: string) => void } {
  const [text, setText] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = useCallback((t: string) => {
    clearTimeout(timer.current);
    setText(t);
    timer.current = setTimeout(() => setText(null), ms);
  }, [ms]);
  const notice = (
    <div role="status" className="lt-notice">
      {text && <Alert type="success" title={text} />}
    </div>
  );
  return { notice, show };
}
