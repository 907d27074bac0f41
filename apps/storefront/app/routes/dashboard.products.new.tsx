import { redirect } from 'react-router';
import type { Route } from './+types/dashboard.products.new';
import { Field, FormAlert } from '../components/form';
import { ProductForm } from '../components/product-form';
import { PRIVATE, SellerSelect } from '../components/seller-select';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { sellerChoice } from '../lib/dashboard.server';
import { formFailure, invalidForm, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { productFieldName, readProductForm } from '../lib/products.server';
import { requireToken } from '../lib/session.server';

const ProductFormCategories = graphql(`
  query ProductFormCategories($locale: String!) {
    categories {
      id
      name(locale: $locale)
    }
  }
`);

const CreateProduct = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
    }
  }
`);

export const meta = pageTitle('product.new.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { organisations, organisationId } = await sellerChoice(request);
  const { locale } = await detectLocale(request);
  const { categories } = await api.request(ProductFormCategories, { locale });
  return { organisations, organisationId, categories };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const { locale } = await detectLocale(request);
  const form = await request.formData();
  const { input, fields } = readProductForm(form, locale);
  if (Object.keys(fields).length) return invalidForm(form, fields);
  const org = text(form, 'organisationId');
  try {
    await api.request(CreateProduct, { input: { ...input, organisationId: org === PRIVATE ? undefined : org } }, { token });
  } catch (error) {
    return formFailure(error, form, productFieldName);
  }
  return redirect(`/dashboard?org=${org}&saved=1`);
}

export default function NewProduct({ loaderData, actionData }: Route.ComponentProps) {
  const { organisations, organisationId, categories } = loaderData;
  const t = useT();
  const state = actionData ?? { code: '', message: '', fields: {}, values: { vatPercent: '19', stock: '1' } };
  return (
    <section className="page">
      <h1>{t('product.new.title')}</h1>
      <p>{t('product.new.intro')}</p>
      <FormAlert state={actionData} />
      <ProductForm withImageLinks state={state} categories={categories} submitLabel={t('product.new.submit')}>
        <Field name="organisationId" label={t('dashboard.sellAs')} state={state}>
          {({ id }) => (
            <SellerSelect
              id={id}
              name="organisationId"
              organisations={organisations}
              selected={state.values.organisationId ?? organisationId}
            />
          )}
        </Field>
      </ProductForm>
    </section>
  );
}
