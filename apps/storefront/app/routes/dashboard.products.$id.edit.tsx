import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/dashboard.products.$id.edit';
import { ConfirmPanel, isConfirmation } from '../components/confirm';
import { FormAlert, type FormState } from '../components/form';
import { ProductForm } from '../components/product-form';
import { ProductPhotos } from '../components/product-photos';
import { PRIVATE } from '../components/seller-select';
import { graphql } from '../graphql';
import type { ProductEditPageQuery } from '../graphql/graphql';
import { useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, invalidForm, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { minorUnitsToDecimal } from '../lib/money';
import { arrangePhotos, uploadPhoto } from '../lib/photos.server';
import { productFieldName, readProductForm } from '../lib/products.server';
import { requireToken } from '../lib/session.server';

const ProductEditPage = graphql(`
  query ProductEditPage($id: ID!, $locale: String!) {
    categories {
      id
      name(locale: $locale)
    }
    product(id: $id) {
      id
      title
      description
      sku
      categoryId
      price {
        amount
        currency
      }
      vatRateBp
      stock
      condition
      fair
      fairSeal
      ecological
      ecologicalSeal
      smallAndPrecious
      originCountry
      originRegion
      unitQuantity
      unit
      images {
        id
        url
        srcset
        alt
      }
      state
    }
  }
`);

const UpdateProduct = graphql(`
  mutation UpdateProduct($id: ID!, $input: ProductFieldsInput!) {
    updateProduct(id: $id, input: $input) {
      sellerId
      sellerKind
    }
  }
`);

const ActivateProduct = graphql(`
  mutation ActivateProduct($id: ID!) {
    activateProduct(id: $id) {
      sellerId
      sellerKind
    }
  }
`);

const CloseProduct = graphql(`
  mutation CloseProduct($id: ID!) {
    closeProduct(id: $id) {
      sellerId
      sellerKind
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { locale } = await detectLocale(request);
  return api.requestOr404(ProductEditPage, { id: params.id, locale }, { token });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.product.title ?? ''} · Allmende` }];
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const { locale } = await detectLocale(request);
  const form = await request.formData();
  const id = params.id;
  // The photo forms stay on this page, with what happened said above them.
  if (text(form, 'intent') === 'upload-photo') return uploadPhoto(form, id, token, locale);
  if (text(form, 'intent') === 'arrange-photos') return arrangePhotos(form, id, token);
  let seller: { sellerId: string; sellerKind: string };
  try {
    switch (text(form, 'intent')) {
      case 'activate':
        seller = (await api.request(ActivateProduct, { id }, { token })).activateProduct;
        break;
      case 'close':
        // A closed listing never goes on sale again: ask first.
        if (text(form, 'confirmed') !== '1') return { confirm: 'closeProduct', values: { intent: 'close' } };
        seller = (await api.request(CloseProduct, { id }, { token })).closeProduct;
        break;
      default: {
        const { input, fields } = readProductForm(form, locale);
        if (Object.keys(fields).length) return invalidForm(form, fields);
        seller = (await api.request(UpdateProduct, { id, input }, { token })).updateProduct;
      }
    }
  } catch (error) {
    return formFailure(error, form, productFieldName);
  }
  const org = seller.sellerKind === 'ORGANISATION' ? seller.sellerId : PRIVATE;
  return redirect(
    text(form, 'intent') === 'close' ? `/dashboard?org=${org}&done=productClosed` : `/dashboard?org=${org}&saved=1`,
  );
}

/** The form's starting values: the listing as it is, in the units people type (euros, percent). */
function formValues(product: ProductEditPageQuery['product']): Record<string, string> {
  const values: Record<string, string | null | undefined> = {
    title: product.title,
    description: product.description,
    sku: product.sku,
    categoryId: product.categoryId,
    price: product.price.amount ? minorUnitsToDecimal(product.price.amount, product.price.currency) : '',
    vatPercent: String(product.vatRateBp / 100),
    stock: String(product.stock),
    condition: product.condition,
    fair: product.fair ? '1' : '',
    fairSeal: product.fairSeal,
    ecological: product.ecological ? '1' : '',
    ecologicalSeal: product.ecologicalSeal,
    smallAndPrecious: product.smallAndPrecious ? '1' : '',
    originCountry: product.originCountry,
    originRegion: product.originRegion,
    unitQuantity: product.unitQuantity?.toString(),
    unit: product.unit,
  };
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value ?? '']));
}

export default function EditProduct({ loaderData: { categories, product }, actionData }: Route.ComponentProps) {
  const t = useT();
  const confirmation = isConfirmation(actionData) ? actionData : null;
  const refusal = !confirmation && actionData && 'code' in actionData ? (actionData as FormState) : undefined;
  const photoRefusal = refusal && String(refusal.values.intent).includes('photo') ? refusal : undefined;
  const failure = photoRefusal ? undefined : refusal;
  const state: FormState = failure ?? { code: '', message: '', fields: {}, values: formValues(product) };
  return (
    <section className="page">
      <h1>
        {t('product.edit.title')}: {product.title}
      </h1>
      <p>
        {t('dashboard.state')}: <strong data-testid="product-state">{t(`state.${product.state}`)}</strong> ·{' '}
        <Link to={`/products/${product.id}`}>{t('product.edit.view')}</Link>
      </p>
      <FormAlert state={failure} />
      {confirmation && (
        <ConfirmPanel confirmation={confirmation}>
          <p>
            {t('confirm.closeProduct.text')} {t('confirm.irreversible')}
          </p>
        </ConfirmPanel>
      )}
      {actionData && 'photoUploaded' in actionData && (
        <p className="notice" role="status">
          {t('photos.uploaded')}
        </p>
      )}
      {actionData && 'photosArranged' in actionData && (
        <p className="notice" role="status">
          {t('photos.arranged')}
        </p>
      )}
      {product.state !== 'CLOSED' && (
        <Form method="post" className="actions">
          {product.state !== 'ACTIVE' && (
            <button type="submit" name="intent" value="activate">
              {t('product.edit.activate')}
            </button>
          )}
          <button type="submit" name="intent" value="close" className="secondary">
            {t('product.edit.close')}
          </button>
        </Form>
      )}
      {product.state !== 'CLOSED' && <ProductPhotos photos={product.images} state={photoRefusal} />}
      <ProductForm state={state} categories={categories} submitLabel={t('product.edit.submit')} />
    </section>
  );
}
