import type { viExports } from './vi-exports';

/** English: the "Export to Excel" button of every table (issue 9, item 3). */
export const enExports: Record<keyof typeof viExports, string> = {
  'export.xlsx': 'Export to Excel',
  'export.xlsxHint': 'Download this table with the current filters (every page)',
  'export.done': 'Downloaded {name}',
  'audit.action.export': 'Excel export',
  'audit.verb.export': 'exported to Excel',
};
