import type { viAccess } from './vi-access';

export const enAccess: Record<keyof typeof viAccess, string> = {
  'access.display': 'Display',
  'access.largeText': 'Larger text',
  'access.largeTextHint': 'Makes the text bigger on every page, on this device only.',
  'access.table': 'Data table, scroll sideways to see more columns',
};
