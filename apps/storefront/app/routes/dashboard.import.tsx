import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/dashboard.import';
import { Field, FormAlert, type FormState } from '../components/form';
import { PRIVATE, SellerSelect } from '../components/seller-select';
import { pageTitle, t, useT } from '../i18n';
import { apiEndpoint } from '../lib/api.server';
import { sellerChoice } from '../lib/dashboard.server';
import { invalidForm, text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { requireToken } from '../lib/session.server';

export const meta = pageTitle('import.title');

export async function loader({ request }: Route.LoaderArgs) {
  const { organisations, organisationId } = await sellerChoice(request);
  return { organisations, organisationId };
}

/** Hands the file's bytes, unparsed, to the API's import endpoint, which reads the CSV and its encoding itself. */
export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const { locale } = await detectLocale(request);
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return invalidForm(form, { file: [t(locale, 'import.noFile')] });
  const url = apiEndpoint('/catalog/imports');
  const org = text(form, 'organisationId');
  if (org !== PRIVATE) url.searchParams.set('organisationId', org);
  url.searchParams.set('fileName', file.name);
  if (form.get('publish') === '1') url.searchParams.set('publish', 'true');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: await file.arrayBuffer(),
  });
  if (response.status === 202) {
    const { id } = (await response.json()) as { id: string };
    return redirect(`/dashboard/import/${id}`);
  }
  if (response.status === 401) throw redirect('/login?next=/dashboard/import');
  if (response.status >= 500) throw new Error(`The import endpoint answered ${response.status}`);
  const body = (await response.json().catch(() => ({}))) as { code?: string };
  const state: FormState = {
    code: body.code ?? String(response.status),
    message: body.code ? '' : t(locale, 'import.refused'),
    fields: {},
    values: { organisationId: org, publish: form.get('publish') === '1' ? '1' : '' },
  };
  return data(state, { status: response.status });
}

export default function Import({ loaderData: { organisations, organisationId }, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <section className="page narrow">
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <p>
        {/* Served by the API, not a storefront page, so the browser downloads it directly. */}
        <a href="/catalog/imports/template.csv" download>
          {t('import.template')}
        </a>
      </p>
      <p>{t('import.state')}</p>
      <FormAlert state={actionData} />
      <Form method="post" encType="multipart/form-data" className="form">
        <Field name="organisationId" label={t('dashboard.sellAs')} state={actionData}>
          {({ id }) => (
            <SellerSelect
              id={id}
              name="organisationId"
              organisations={organisations}
              selected={actionData?.values.organisationId ?? organisationId}
            />
          )}
        </Field>
        <Field name="file" label={t('import.file')} hint={t('import.fileHint')} state={actionData}>
          {(control) => <input {...control} type="file" accept=".csv,text/csv" required />}
        </Field>
        <div className="checkbox">
          <input
            id="field-publish"
            name="publish"
            type="checkbox"
            value="1"
            defaultChecked={actionData?.values.publish === '1'}
          />
          <label htmlFor="field-publish">{t('import.publish')}</label>
        </div>
        <button type="submit">{t('import.submit')}</button>
      </Form>
    </section>
  );
}
