import type { FormInstance } from 'antd';
import type { KeyboardEvent } from 'react';
import { ApiError } from '../api/client';

/**
 * Sorts the server's field errors (400 `fields`) into those of the form's own fields and the rest: the one mapping
 * behind both the Ant Design forms (applyFieldErrors) and the light forms (which show `fields` under their fields
 * and `rest` above the form). `map` renames server fields to form fields (e.g. newParentId → parentId); a nested
 * key (agenda.0.topic) belongs to its top field.
 */
export function fieldErrors(err: unknown, known: Iterable<string>, map: Record<string, string> = {}): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  if (!(err instanceof ApiError) || !err.fields) return { fields, rest };
  const names = new Set(known);
  for (const [key, message] of Object.entries(err.fields)) {
    const name = map[key] ?? key.split('.')[0];
    if (names.has(name)) fields[name] = message;
    else rest.push(message);
  }
  return { fields, rest };
}

/**
 * Puts the server's field errors under the matching fields of an Ant Design form.
 * Returns the messages that match no field in the form, to be shown above it.
 */
export function applyFieldErrors(form: FormInstance, err: unknown, map: Record<string, string> = {}): string[] {
  const { fields, rest } = fieldErrors(err, form.getFieldsError().map((f) => f.name.join('.')), map);
  const onFields = Object.entries(fields).map(([name, message]) => ({ name, errors: [message] }));
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
