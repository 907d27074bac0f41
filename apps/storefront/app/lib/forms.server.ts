import { data } from 'react-router';
import type { FormState } from '../components/form';
import { ApiError } from './api.server';

/** A form field's text, trimmed ('' when absent). */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** A form field's text, or undefined when left empty, for optional inputs. */
export function optionalText(form: FormData, name: string): string | undefined {
  return text(form, name) || undefined;
}

/** The entered values to show again (never the password). */
function enteredValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (name !== 'password' && typeof value === 'string') values[name] = value;
  return values;
}

/** A form refused before it reached the API, e.g. an amount that is not a number. */
export function invalidForm(form: FormData, fields: Record<string, string[]>) {
  const state: FormState = { code: 'BAD_USER_INPUT', message: '', fields, values: enteredValues(form) };
  return data(state, { status: 400 });
}

/**
 * Turns an API refusal into the form's state: its code (which the form says in the page's
 * language), the reasons per field, and the entered values (never the password) so the form
 * shows them again. Anything else is rethrown.
 * `fieldName` maps the API's field paths (e.g. "price.amount") to the form's control names.
 */
export function formFailure(error: unknown, form: FormData, fieldName: (path: string) => string = (path) => path) {
  if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
  const fields: Record<string, string[]> = {};
  for (const [path, reasons] of Object.entries(error.fields)) (fields[fieldName(path)] ??= []).push(...reasons);
  const state: FormState = { code: error.code, message: '', fields, values: enteredValues(form) };
  return data(state, { status: error.code === 'TOO_MANY_REQUESTS' ? 429 : 400 });
}
