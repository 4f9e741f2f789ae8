import { Button, Checkbox, Empty, Pagination, Spin } from 'antd';
import type { AnyObject } from 'antd/es/_util/type';
import { useId, useState, type Key, type ReactNode } from 'react';
import { useT } from '../i18n';
import type { DataColumn, DataTableProps } from './DataTable';
import './data-table.css';

function cellValue<T extends AnyObject>(record: T, dataIndex: DataColumn<T>['dataIndex']): unknown {
  if (dataIndex === undefined || dataIndex === null) return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  return path.reduce<unknown>((v, k) => (v == null ? v : (v as Record<string, unknown>)[k as string]), record);
}

function cell<T extends AnyObject>(c: DataColumn<T>, record: T, index: number): ReactNode {
  const value = cellValue(record, c.dataIndex);
  const out = c.render ? c.render(value, record, index) : value;
  // An old-style render may return { children, props }.
  if (out && typeof out === 'object' && 'children' in (out as object) && 'props' in (out as object) && !('$$typeof' in (out as object))) {
    return (out as { children: ReactNode }).children;
  }
  return out as ReactNode;
}

const isActions = <T,>(c: DataColumn<T>) => c.mobile === 'actions' || c.key === 'actions' || c.key === 'act';

/** The phone form of DataTable: one card per row, the key fact on top, the others as "label: value" lines. */
export function CardList<T extends AnyObject>(props: DataTableProps<T>) {
  const t = useT();
  const uid = useId();
  const { columns, dataSource, rowKey, loading, pagination, locale, rowSelection, expandable, title, footer } = props;
  const rows = [...(dataSource ?? [])];
  const [localPage, setLocalPage] = useState(1);
  const [expanded, setExpanded] = useState<Key[] | null>(null);

  const keyOf = (r: T, i: number): Key =>
    typeof rowKey === 'function' ? rowKey(r, i) : (r[(rowKey ?? 'key') as keyof T] as Key) ?? i;

  // Server-paged lists pass total; a client-paged list is cut here as Table would (10 a page by default).
  const conf = pagination === false ? null : { pageSize: 10, ...(pagination ?? {}) };
  const serverPaged = conf?.total !== undefined;
  const current = serverPaged ? (conf?.current ?? 1) : localPage;
  const size = conf?.pageSize ?? 10;
  const shown = conf && !serverPaged ? rows.slice((current - 1) * size, current * size) : rows;

  const visible = columns.filter((c) => c.mobile !== 'hide');
  const head = visible.find((c) => c.mobile === 'title') ?? visible.find((c) => !isActions(c));
  const fields = visible.filter((c) => c !== head && !isActions(c));
  const actions = visible.filter(isActions);

  const selected = rowSelection?.selectedRowKeys ?? [];
  const select = (keys: Key[]) => rowSelection?.onChange?.(keys, rows.filter((r, i) => keys.includes(keyOf(r, i))), { type: 'multiple' });
  const pageKeys = shown.map((r, i) => keyOf(r, i));
  const allOnPage = pageKeys.length > 0 && pageKeys.every((k) => selected.includes(k));

  const openKeys = expanded ?? (expandable?.defaultExpandAllRows ? pageKeys : []);
  const toggleOpen = (k: Key) => setExpanded(openKeys.includes(k) ? openKeys.filter((x) => x !== k) : [...openKeys, k]);

  const empty = locale?.emptyText;
  return (
    <div className="data-cards" data-testid={props['data-testid']}>
      {title && <div className="data-cards-title">{title(shown)}</div>}
      {rowSelection && shown.length > 0 && (
        <Checkbox className="data-cards-select-all" checked={allOnPage} indeterminate={!allOnPage && pageKeys.some((k) => selected.includes(k))}
          onChange={(e) => select(e.target.checked ? [...new Set([...selected, ...pageKeys])] : selected.filter((k) => !pageKeys.includes(k)))}>
          {t('common.selectPage')}
        </Checkbox>
      )}
      <Spin spinning={typeof loading === 'object' ? !!loading.spinning : !!loading}>
        {shown.length === 0 ? (
          <div className="data-cards-empty">{typeof empty === 'function' ? empty() : empty ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}</div>
        ) : shown.map((r, i) => {
          const k = keyOf(r, i);
          const canExpand = expandable?.expandedRowRender && (expandable.rowExpandable?.(r) ?? true);
          const open = openKeys.includes(k);
          return (
            <div className="data-card" key={k} data-row-key={String(k)}>
              <div className="data-card-head">
                {rowSelection && (
                  <Checkbox checked={selected.includes(k)} aria-labelledby={head ? `${uid}-${i}` : undefined} {...rowSelection.getCheckboxProps?.(r)}
                    onChange={(e) => select(e.target.checked ? [...selected, k] : selected.filter((x) => x !== k))} />
                )}
                {head && <div className="data-card-title" id={`${uid}-${i}`}>{cell(head, r, i)}</div>}
              </div>
              {fields.length > 0 && (
                <dl className="data-card-fields">
                  {fields.map((c, ci) => (
                    <div key={String(c.key ?? c.dataIndex ?? ci)}>
                      <dt>{typeof c.title === 'function' ? c.title({}) : c.title}</dt>
                      <dd>{cell(c, r, i)}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {actions.length > 0 && <div className="data-card-actions">{actions.map((c, ci) => <div key={ci}>{cell(c, r, i)}</div>)}</div>}
              {canExpand && (
                <>
                  <Button type="link" size="small" className="data-card-more" onClick={() => toggleOpen(k)} aria-expanded={open}>
                    {open ? t('common.hideDetails') : t('common.details')}
                  </Button>
                  {open && <div className="data-card-expanded">{expandable.expandedRowRender!(r, i, 0, true)}</div>}
                </>
              )}
            </div>
          );
        })}
      </Spin>
      {footer && <div className="data-cards-title">{footer(shown)}</div>}
      {conf && (serverPaged ? (conf.total ?? 0) > 0 : rows.length > size) && (
        <Pagination
          className="data-cards-pager"
          size="small"
          showLessItems
          current={current}
          pageSize={size}
          total={serverPaged ? conf.total : rows.length}
          showTotal={conf.showTotal}
          onChange={(p, s) => (serverPaged ? conf.onChange?.(p, s) : setLocalPage(p))}
        />
      )}
    </div>
  );
}
