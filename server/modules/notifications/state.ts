/**
 * The process's mail settings, set when the worker starts (server/main.ts or a test): notify() reads them inside any
 * module's transaction, where only the transaction handle is at hand. Without SMTP_URL mail is off: nothing is queued.
 */
export const mailState: { on: boolean; baseUrl: string; wakeLocal: (() => void) | null } = {
  on: false,
  baseUrl: 'http://localhost:3000',
  wakeLocal: null,
};
