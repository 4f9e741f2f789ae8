import type { FormInstance } from 'antd';
import type { KeyboardEvent } from 'react';
import { ApiError } from '../api/client';

/**
 * Puts the server's field errors (400 `fields`) under the matching form fields.
 * `map` renames server fields to form fields (e.g. newParentId → parentId).
 * Returns the messages that match no field in the form, to be shown above it.
 */
export function applyFieldErrors(form: FormInstance, err: unknown, map: Record<string, string> = {}): string[] {
  if (!(err instanceof ApiError) || !err.fields) return [];
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const onFields: { name: string; errors: string[] }[] = [];
  const rest: string[] = [];
  for (const [key, message] of Object.entries(err.fields)) {
    const name = map[key] ?? key.split('.')[0];
    if (registered.has(name)) onFields.push({ name, errors: [message] });
    else rest.push(message);
  }
  if (onFields.length) form.setFields(onFields);
  return rest;
}

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * A form's onKeyDown: Enter inside a date/time picker only confirms the picker. The picker has already taken the
 * key (its own handler runs first); this stops the browser's implicit submission of the surrounding form.
 */
export function keepEnterInPickers(e: KeyboardEvent<Element>) {
  if (e.key === 'Enter' && e.target instanceof Element && e.target.closest('.ant-picker')) e.preventDefault();
}
