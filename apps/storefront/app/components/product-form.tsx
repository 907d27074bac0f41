import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { CheckField, Field, type FormState, TextField } from './form';
import type { MeasureUnit, ProductCondition } from '../graphql/graphql';
import { useT } from '../i18n';

export const CONDITIONS = ['NEW', 'USED'] as const satisfies readonly ProductCondition[];
export const UNITS = ['G', 'KG', 'ML', 'L', 'CM', 'M', 'PIECE'] as const satisfies readonly MeasureUnit[];

interface ProductFormProps {
  /** The values to show and the API's reasons per field: the last refused submission, else the listing as it is. */
  state: FormState;
  categories: { id: string; name: string }[];
  submitLabel: string;
  /** Extra controls before the fields, e.g. whom a new listing is for. */
  children?: ReactNode;
  /** Picture links, one per line (a new listing, before it can have uploaded photos). */
  withImageLinks?: boolean;
}

/** Every main field of a listing; the action reads them with readProductForm. */
export function ProductForm({ state, categories, submitLabel, children, withImageLinks = false }: ProductFormProps) {
  const t = useT();
  return (
    <Form method="post" className="form">
      {children}
      <TextField name="title" label={t('field.title')} state={state} />
      <TextField name="description" label={t('field.description')} state={state} optional multiline />
      <Field name="categoryId" label={t('field.category')} state={state}>
        {(control) => (
          <select {...control}>
            <option value="">—</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <TextField name="price" label={t('field.price')} hint={t('field.priceHint')} state={state} inputMode="decimal" />
        <TextField name="vatPercent" label={t('field.vatPercent')} state={state} inputMode="decimal" />
        <TextField name="stock" type="number" label={t('field.stock')} state={state} />
      </div>
      <Field name="condition" label={t('field.condition')} state={state}>
        {(control) => (
          <select {...control}>
            {CONDITIONS.map((condition) => (
              <option key={condition} value={condition}>
                {t(`condition.${condition}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField name="sku" label={t('field.sku')} hint={t('field.skuHint')} state={state} optional />
      <fieldset>
        <legend>{t('product.form.fairness')}</legend>
        <CheckField name="fair" label={t('badge.fair')} state={state} />
        <TextField name="fairSeal" label={t('field.fairSeal')} hint={t('field.fairSealHint')} state={state} optional />
        <CheckField name="ecological" label={t('badge.ecological')} state={state} />
        <TextField
          name="ecologicalSeal"
          label={t('field.ecologicalSeal')}
          hint={t('field.ecologicalSealHint')}
          state={state}
          optional
        />
        <CheckField name="smallAndPrecious" label={t('field.smallAndPrecious')} state={state} />
        <TextField name="originCountry" label={t('field.originCountry')} hint={t('field.countryHint')} state={state} optional />
        <TextField name="originRegion" label={t('field.originRegion')} state={state} optional />
      </fieldset>
      <fieldset>
        <legend>{t('product.form.unitPrice')}</legend>
        <p className="hint">{t('product.form.unitPriceHint')}</p>
        <div className="field-row">
          <TextField name="unitQuantity" label={t('field.unitQuantity')} state={state} optional inputMode="decimal" />
          <Field name="unit" label={t('field.unit')} state={state} optional>
            {(control) => (
              <select {...control}>
                <option value="">—</option>
                {UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`unit.${unit}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      {withImageLinks && (
        <TextField name="images" label={t('field.images')} hint={t('field.imagesHint')} state={state} optional multiline />
      )}
      <button type="submit" name="intent" value="save">
        {submitLabel}
      </button>
    </Form>
  );
}
