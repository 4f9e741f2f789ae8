import { Alert } from '../lite';

/** The API's error above a form, plus any field messages that matched no field of the form (light: any page). */
export function FormError({ error, extra = [] }: { error: unknown; extra?: string[] }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert
      type="error"
      live
      title={message}
      description={extra.length ? <ul className="plain-list">{extra.map((m) => <li key={m}>{m}</li>)}</ul> : undefined}
      data-testid="form-error"
    />
  );
}
