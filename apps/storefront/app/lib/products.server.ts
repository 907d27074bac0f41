import { CONDITIONS, UNITS } from '../components/product-form';
import type { ProductFieldsInput } from '../graphql/graphql';
import { type Locale, t } from '../i18n';
import { text } from './forms.server';
import { decimalToMinorUnits, SHOP_CURRENCY } from './money';

/** A VAT percent is typed as a decimal ("19" or "5,5"), at most two places. */
const PERCENT = /^\d+(?:[.,]\d{1,2})?$/;

/** Basis points of a percent: 19 % is 1900. */
function basisPoints(percent: string): number {
  return Math.round(Number(percent.replace(',', '.')) * 100);
}

/**
 * The listing's fields from the product form, converted to what the API takes (cents, basis
 * points, null for a cleared optional field), with a reason per control the API could not read.
 */
export function readProductForm(form: FormData, locale: Locale): { input: ProductFieldsInput; fields: Record<string, string[]> } {
  const fields: Record<string, string[]> = {};
  const nullable = (name: string) => text(form, name) || null;
  const price = text(form, 'price');
  const priceAmount = price ? decimalToMinorUnits(price, SHOP_CURRENCY) : null;
  const vatPercent = text(form, 'vatPercent');
  const stock = text(form, 'stock');
  const unitQuantity = text(form, 'unitQuantity').replace(',', '.');
  if (price && priceAmount === null) fields.price = [t(locale, 'form.amount')];
  if (vatPercent && !PERCENT.test(vatPercent)) fields.vatPercent = [t(locale, 'form.amount')];
  if (stock && !/^-?\d+$/.test(stock)) fields.stock = [t(locale, 'form.wholeNumber')];
  if (unitQuantity && !Number.isFinite(Number(unitQuantity))) fields.unitQuantity = [t(locale, 'form.amount')];
  const condition = CONDITIONS.find((value) => value === text(form, 'condition'));
  const unit = UNITS.find((value) => value === text(form, 'unit'));
  const input: ProductFieldsInput = {
    title: text(form, 'title'),
    description: text(form, 'description'),
    sku: nullable('sku'),
    categoryId: nullable('categoryId'),
    // The API checks the amount; we only convert it to minor units of the shop's currency.
    price: priceAmount !== null ? { amount: priceAmount, currency: SHOP_CURRENCY } : undefined,
    vatRateBp: vatPercent && !fields.vatPercent ? basisPoints(vatPercent) : undefined,
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
    // A new listing's picture addresses, one per line; an existing listing's photos are managed apart.
    images: form.has('images')
      ? text(form, 'images')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
          .map((url) => ({ url, alt: '' }))
      : undefined,
  };
  return { input, fields };
}

/** The form control an API field path belongs to: "price.amount" is the price, "images.0.url" the images. */
export function productFieldName(path: string): string {
  const field = path.split('.')[0];
  return field === 'vatRateBp' ? 'vatPercent' : field;
}
