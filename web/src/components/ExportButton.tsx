import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { downloadFile, type Query } from '../api/client';
import { useT } from '../i18n';

/**
 * "Xuất Excel" next to a table: downloads the server's export of the same list with the filters the page applies
 * right now (every page, not the one shown). `path` is the export route, `query` the page's filters without paging.
 */
export function ExportButton({ path, query, testId = 'export-xlsx', disabled }: { path: string; query?: Query; testId?: string; disabled?: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    downloadFile(path, query)
      .then((name) => message.success(t('export.done', { name })), (e: Error) => message.error(e.message))
      .finally(() => setBusy(false));
  };
  return (
    <Tooltip title={t('export.xlsxHint')}>
      <Button icon={<DownloadOutlined />} loading={busy} disabled={disabled} onClick={run} data-testid={testId}>{t('export.xlsx')}</Button>
    </Tooltip>
  );
}
