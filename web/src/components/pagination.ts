import type { TablePaginationConfig } from 'antd';
import type { TFunction } from '../i18n';

/** The one pagination setup of server-paged tables: page, size changer, "Tổng số N". */
export function tablePagination(
  t: TFunction,
  page: number,
  pageSize: number,
  total: number | undefined,
  onChange: (page: number, pageSize: number) => void,
): TablePaginationConfig {
  return { current: page, pageSize, total: total ?? 0, showSizeChanger: true, showTotal: (n) => t('common.total', { total: n }), onChange };
}
