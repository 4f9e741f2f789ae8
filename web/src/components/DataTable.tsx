import { Grid, Skeleton } from 'antd';
import type { Table as AntTable, TableProps } from 'antd';
import { lazy, Suspense } from 'react';
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
  // Before the first measurement useBreakpoint is empty: assume a phone only when the window says so.
  const wide = screens.md ?? (typeof window === 'undefined' || window.innerWidth >= 768);
  if (!wide) return <CardList<T> {...props} />;
  const { columns, ...rest } = props;
  return (
    <Suspense fallback={<Skeleton active />}>
      <Table<T> {...rest} columns={columns.map(({ mobile: _m, ...c }) => c)} />
    </Suspense>
  );
}
