import { Form } from 'react-router';
import type { Route } from './+types/staff.categories';
import { Field, FormAlert, TextField } from '../components/form';
import { StaffNav } from '../components/staff-nav';
import { graphql } from '../graphql';
import { fill, pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { formFailure, optionalText, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { requireStaff } from '../lib/staff.server';

const StaffCategories = graphql(`
  query StaffCategories($locale: String!) {
    categories {
      id
      slug
      parentId
      name(locale: $locale)
    }
  }
`);

const CreateCategory = graphql(`
  mutation StaffCreateCategory($input: CreateCategoryInput!, $locale: String!) {
    createCategory(input: $input) {
      id
      name(locale: $locale)
    }
  }
`);

export const meta = pageTitle('staff.categories.title');

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireStaff(request);
  const { locale } = await detectLocale(request);
  return { categories: (await api.request(StaffCategories, { locale }, { token })).categories };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireStaff(request);
  const { locale } = await detectLocale(request);
  const form = await request.formData();
  try {
    const input = {
      slug: text(form, 'slug'),
      nameEn: text(form, 'nameEn'),
      nameDe: text(form, 'nameDe'),
      parentId: optionalText(form, 'parentId'),
    };
    const { createCategory } = await api.request(CreateCategory, { input, locale }, { token });
    return { created: createCategory.name };
  } catch (error) {
    return formFailure(error, form);
  }
}

export default function StaffCategoriesPage({ loaderData: { categories }, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData && 'code' in actionData ? actionData : undefined;
  const topLevel = categories.filter((category) => !category.parentId);
  return (
    <section className="page">
      <h1>{t('staff.categories.title')}</h1>
      <StaffNav />
      {actionData && 'created' in actionData && (
        <p className="notice" role="status">
          {fill(t('staff.categories.created'), { name: actionData.created })}
        </p>
      )}
      <ul className="category-tree" data-testid="category-tree">
        {topLevel.map((parent) => (
          <li key={parent.id}>
            {parent.name} <code>{parent.slug}</code>
            <ul>
              {categories
                .filter((child) => child.parentId === parent.id)
                .map((child) => (
                  <li key={child.id}>
                    {child.name} <code>{child.slug}</code>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      <h2>{t('staff.categories.new')}</h2>
      {/* A new form after each success, so the fields start empty. */}
      <Form method="post" className="form" key={actionData && 'created' in actionData ? actionData.created : 'new'}>
        <FormAlert state={failure} />
        <Field name="parentId" label={t('staff.categories.parent')} state={failure}>
          {(control) => (
            <select {...control}>
              <option value="">{t('staff.categories.topLevel')}</option>
              {topLevel.map((parent) => (
                <option key={parent.id} value={parent.id}>
                  {parent.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField name="nameEn" label={t('staff.categories.nameEn')} state={failure} />
        <TextField name="nameDe" label={t('staff.categories.nameDe')} state={failure} />
        <TextField name="slug" label={t('staff.categories.slug')} state={failure} />
        <button type="submit">{t('staff.categories.create')}</button>
      </Form>
    </section>
  );
}
