import { CONDITIONS, UNITS } from '../components/product-form';
import type { ProductFieldsInput } from '../graphql/graphql';
import { type Locale, t } from '../i18n';
import { text } from './forms.server';

/** Amounts are typed as decimals ("12.50" or "12,50"), at most two places: euros and cents. */
const DECIMAL = /^\d+(?:[.,]\d{1,2})?$/;

/** Hundredths of a decimal: cents of a price, basis points of a VAT percent. */
function hundredths(value: string): number {
  return Math.round(Number(value.replace(',', '.')) * 100);
}

/**
 * The listing's fields from the product form, converted to what the API takes (cents, basis
 * points, null for a cleared optional field), with a reason per control the API could not read.
 */
export function readProductForm(form: FormData, locale: Locale): { input: ProductFieldsInput; fields: Record<string, string[]> } {
  const fields: Record<string, string[]> = {};
  const nullable = (name: string) => text(form, name) || null;
  const price = text(form, 'price');
  const vatPercent = text(form, 'vatPercent');
  const stock = text(form, 'stock');
  const unitQuantity = text(form, 'unitQuantity').replace(',', '.');
  if (price && !DECIMAL.test(price)) fields.price = [t(locale, 'form.amount')];
  if (vatPercent && !DECIMAL.test(vatPercent)) fields.vatPercent = [t(locale, 'form.amount')];
  if (stock && !/^-?\d+$/.test(stock)) fields.stock = [t(locale, 'form.wholeNumber')];
  if (unitQuantity && !Number.isFinite(Number(unitQuantity))) fields.unitQuantity = [t(locale, 'form.amount')];
  const condition = CONDITIONS.find((value) => value === text(form, 'condition'));
  const unit = UNITS.find((value) => value === text(form, 'unit'));
  const input: ProductFieldsInput = {
    title: text(form, 'title'),
    description: text(form, 'description'),
    sku: nullable('sku'),
    categoryId: nullable('categoryId'),
    // The shop trades in euros; the API checks the amount, we only convert it to cents.
    price: price && !fields.price ? { amount: hundredths(price), currency: 'EUR' } : undefined,
    vatRateBp: vatPercent && !fields.vatPercent ? hundredths(vatPercent) : undefined,
    stock: stock && !fields.stock ? Number(stock) : undefined,
    condition,
    fair: form.get('fair') === '1',
    fairSeal: nullable('fairSeal'),
    ecological: form.get('ecological') === '1',
    ecologicalSeal: nullable('ecologicalSeal'),
    smallAndPrecious: form.get('smallAndPrecious') === '1',
    originCountry: text(form, 'originCountry').toUpperCase() || null,
    originRegion: nullable('originRegion'),
    unitQuantity: unitQuantity && !fields.unitQuantity ? Number(unitQuantity) : null,
    unit: unit ?? null,
    // The form edits the picture addresses only, one per line; it replaces the whole gallery.
    images: text(form, 'images')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((url) => ({ url, alt: '' })),
  };
  return { input, fields };
}

/** The form control an API field path belongs to: "price.amount" is the price, "images.0.url" the images. */
export function productFieldName(path: string): string {
  const field = path.split('.')[0];
  return field === 'vatRateBp' ? 'vatPercent' : field;
}
