import type { ReactNode } from 'react';
import { errorMessageKey, useT } from '../i18n';

/** What an action returns when the API refused a form. */
export interface FormState {
  /** The API's error code, which the form translates. */
  code: string;
  /** A message of the storefront's own, shown instead of the code's. */
  message: string;
  fields: Record<string, string[]>;
  values: Record<string, string>;
}

/** The form's summary error, announced to screen readers. */
export function FormAlert({ state }: { state: FormState | undefined }) {
  const t = useT();
  if (!state) return null;
  const hasFieldErrors = Object.keys(state.fields).length > 0;
  return (
    <p className="form-alert" role="alert">
      {hasFieldErrors ? t('form.invalid') : state.message || t(errorMessageKey(state.code))}
    </p>
  );
}

interface FieldProps {
  name: string;
  label: string;
  state: FormState | undefined;
  hint?: string;
  optional?: boolean;
  /** Tells the ids apart when one page repeats the same form, e.g. once per listed item. */
  idPrefix?: string;
  children: (props: {
    id: string;
    name: string;
    'aria-describedby'?: string;
    'aria-invalid'?: true;
    defaultValue?: string;
  }) => ReactNode;
}

/** A labelled control with its hint and the API's reasons for refusing it. */
export function Field({ name, label, state, hint, optional, idPrefix, children }: FieldProps) {
  const t = useT();
  const id = idPrefix ? `field-${idPrefix}-${name}` : `field-${name}`;
  const errors = state?.fields[name] ?? [];
  const describedBy = [hint && `${id}-hint`, errors.length && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> ({t('form.optional')})</span>}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({
        id,
        name,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': errors.length ? true : undefined,
        defaultValue: state?.values[name],
      })}
      {errors.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join('; ')}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<FieldProps, 'children'> & {
  type?: string;
  autoComplete?: string;
  inputMode?: 'decimal';
  multiline?: boolean;
};

export function TextField({ type = 'text', autoComplete, inputMode, multiline, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) =>
        multiline ? (
          <textarea {...control} rows={4} />
        ) : (
          <input {...control} type={type} autoComplete={autoComplete} inputMode={inputMode} required={!field.optional} />
        )
      }
    </Field>
  );
}

/** A checkbox with its label after it; checked when the form last sent it (value "1"). */
export function CheckField({ name, label, state }: { name: string; label: string; state: FormState | undefined }) {
  const id = `field-${name}`;
  return (
    <div className="field check">
      <input id={id} name={name} type="checkbox" value="1" defaultChecked={state?.values[name] === '1'} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
