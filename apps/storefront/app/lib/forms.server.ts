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

/**
 * Turns an API refusal into the form's state: the message, the reasons per field, and the
 * entered values (never the password) so the form shows them again. Anything else is rethrown.
 */
export function formFailure(error: unknown, form: FormData) {
  if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (name !== 'password' && typeof value === 'string') values[name] = value;
  const state: FormState = { code: error.code, message: error.message, fields: error.fields, values };
  return data(state, { status: error.code === 'TOO_MANY_REQUESTS' ? 429 : 400 });
}
