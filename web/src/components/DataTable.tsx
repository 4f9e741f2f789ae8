import { Grid, Skeleton } from 'antd';
import type { Table as AntTable, TableProps } from 'antd';
import type { TableRef } from 'antd/es/table';
import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { useT } from '../i18n';
import type { ColumnType } from 'antd/es/table';
import type { AnyObject } from 'antd/es/_util/type';
import { CardList } from './CardList';

// Ant Design's Table is a chunk of its own: a phone shows cards and never downloads it.
const Table = lazy(() => import('./TableChunk')) as unknown as typeof AntTable;

/**
 * How a column shows on a phone, where each row becomes a card:
 * 'title' heads the card (default: the first column not hidden), 'hide' leaves it out (row numbers, a
 * fact the title already says), 'actions' puts its buttons at the card's foot; others become "label: value" lines.
 */
export type MobileRole = 'title' | 'hide' | 'actions';
export type DataColumn<T> = ColumnType<T> & { mobile?: MobileRole };

export interface DataTableProps<T> extends Omit<TableProps<T>, 'columns'> {
  columns: DataColumn<T>[];
  'data-testid'?: string;
}

/**
 * The one list component of the app: an Ant Design table from the md breakpoint up, cards below it,
 * so a phone never scrolls sideways and every key fact of a row stays readable.
 */
export function DataTable<T extends AnyObject>(props: DataTableProps<T>) {
  const screens = Grid.useBreakpoint();
  const ref = useRef<TableRef>(null);
  const label = useT()('access.table');
  // Before the first measurement useBreakpoint is empty: assume a phone only when the window says so.
  const wide = screens.md ?? (typeof window === 'undefined' || window.innerWidth >= 768);
  // The table is lazy: it is checked when it mounts (the ref) and again after each render (rows change its width).
  const attach = useCallback((table: TableRef | null) => {
    ref.current = table;
    return reachableScroll(table?.nativeElement, label);
  }, [label]);
  useEffect(() => reachableScroll(ref.current?.nativeElement, label));
  if (!wide) return <CardList<T> {...props} />;
  const { columns, ...rest } = props;
  return (
    <Suspense fallback={<Skeleton active />}>
      <Table<T> ref={attach} {...rest} columns={columns.map(({ mobile: _m, ...c }) => c)} />
    </Suspense>
  );
}

/**
 * A table wider than its box scrolls inside it: that box takes the keyboard focus (the arrows then scroll it) and
 * is named, so it can be reached and read without a mouse (WCAG 2.1.1). Ant Design's Table has no prop for it.
 */
function reachableScroll(root: HTMLElement | undefined, label: string) {
  if (!root) return;
  const boxes = root.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body');
  const check = () => boxes.forEach((el) => {
    const scrolls = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
    if (scrolls) {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', label);
    } else if (el.getAttribute('role') === 'region') {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
    }
  });
  check();
  const seen = new ResizeObserver(check);
  boxes.forEach((el) => seen.observe(el));
  return () => seen.disconnect();
}
