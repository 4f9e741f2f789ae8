import { lazy, Suspense, type ComponentType } from 'react';
import { Outlet } from 'react-router-dom';
import { PageSpin } from '../components/PageSpin';

const loadFrame = () => import('./AntdFrame');
const Frame = lazy(loadFrame);

/** The layout route of the staff pages: they render inside Ant Design's frame, loaded with the first of them. */
export function AntdOutlet() {
  return (
    <Suspense fallback={<PageSpin />}>
      <Frame><Outlet /></Frame>
    </Suspense>
  );
}

/** A lazy part built with Ant Design, used from a light page: it and the frame load together, on first use. */
export function lazyAntd<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazy(async () => {
    const [{ default: F }, { default: C }] = await Promise.all([loadFrame(), load()]);
    return { default: (props: P) => <F><C {...props} /></F> };
  });
}
