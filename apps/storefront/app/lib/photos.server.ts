import { data, redirect } from 'react-router';
import type { FormState } from '../components/form';
import { graphql } from '../graphql';
import { t, type Locale } from '../i18n';
import * as api from './api.server';
import { formFailure, text } from './forms.server';

const ArrangeProductPhotos = graphql(`
  mutation ArrangeProductPhotos($productId: ID!, $input: ArrangePhotosInput!) {
    arrangeProductPhotos(productId: $productId, input: $input) {
      id
    }
  }
`);

function refused(form: FormData, code: string, message: string, status: number) {
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === 'string') values[name] = value;
  const state: FormState = { code, message, fields: {}, values };
  return data(state, { status });
}

/** Sends the chosen file to the API's photo endpoint; its refusal (not a picture, too large …) comes back as the form's error. */
export async function uploadPhoto(form: FormData, productId: string, token: string, locale: Locale) {
  const file = form.get('photo');
  if (!(file instanceof File) || file.size === 0) return refused(form, 'PHOTO_MISSING', t(locale, 'photos.noFile'), 400);
  const url = api.apiEndpoint(`/catalog/products/${productId}/photos`);
  const alt = text(form, 'alt');
  if (alt) url.searchParams.set('alt', alt);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream', authorization: `Bearer ${token}` },
    body: await file.arrayBuffer(),
  });
  if (response.status === 201) return { photoUploaded: true as const };
  if (response.status === 401) throw redirect(`/login?next=/dashboard/products/${productId}/edit`);
  if (response.status >= 500) throw new Error(`The photo endpoint answered ${response.status}`);
  const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string | string[] };
  const code = body.code ?? String(response.status);
  // A code the storefront has words for is said in the page's language (the form translates it); else the API's text.
  const known = t(locale, `errorCode.${code}`) !== `errorCode.${code}`;
  const message = known ? '' : Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? '');
  return refused(form, code, message, response.status);
}

/** Reads the photo rows (description, wanted place, removal) and saves the gallery in that order. */
export async function arrangePhotos(form: FormData, productId: string, token: string) {
  const rows = form
    .getAll('photo')
    .map(String)
    .map((id, index) => ({ id, alt: text(form, `alt-${id}`), place: Number(text(form, `position-${id}`)) || index + 1, index }))
    .filter((row) => form.get(`remove-${row.id}`) !== '1')
    // Ties keep the old order, so moving one photo to place 1 puts it before the one that was there.
    .sort((a, b) => a.place - b.place || b.index - a.index);
  try {
    await api.request(
      ArrangeProductPhotos,
      { productId, input: { images: rows.map(({ id, alt }) => ({ id, alt })) } },
      { token },
    );
    return { photosArranged: true as const };
  } catch (error) {
    return formFailure(error, form);
  }
}
