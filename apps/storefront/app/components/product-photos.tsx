import { Form } from 'react-router';
import { FormAlert, type FormState, TextField } from './form';
import { errorMessageKey, useT } from '../i18n';

export interface ManagedPhoto {
  id: string;
  url: string;
  srcset: string | null;
  alt: string;
}

/**
 * The listing's photos: upload one (JPEG, PNG or WebP), then set each one's description,
 * place and removal in one save. Works without scripts.
 */
export function ProductPhotos({ photos, state }: { photos: ManagedPhoto[]; state: FormState | undefined }) {
  const t = useT();
  const uploadFailure = state?.values.intent === 'upload-photo' ? state : undefined;
  const arrangeFailure = state?.values.intent === 'arrange-photos' ? state : undefined;
  return (
    <section className="photo-manager" aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t('photos.title')}</h2>
      {photos.length > 0 && (
        <Form method="post" className="form">
          <FormAlert state={arrangeFailure} />
          <ol className="photo-list" data-testid="photo-list">
            {photos.map((photo, index) => (
              <li key={photo.id} className="photo-row">
                <img src={photo.url} srcSet={photo.srcset ?? undefined} sizes="8rem" alt="" />
                <div className="photo-fields">
                  <input type="hidden" name="photo" value={photo.id} />
                  <TextField
                    name={`alt-${photo.id}`}
                    label={`${t('photos.alt')} (${t('product.picture')} ${index + 1})`}
                    hint={index === 0 ? t('photos.altHint') : undefined}
                    state={arrangeFailure ?? { code: '', message: '', fields: {}, values: { [`alt-${photo.id}`]: photo.alt } }}
                    optional
                  />
                  <div className="field-row">
                    <div className="field">
                      <label htmlFor={`position-${photo.id}`}>{t('photos.position')}</label>
                      <input
                        id={`position-${photo.id}`}
                        name={`position-${photo.id}`}
                        type="number"
                        min={1}
                        max={photos.length}
                        defaultValue={index + 1}
                      />
                    </div>
                    <div className="field check">
                      <input id={`remove-${photo.id}`} name={`remove-${photo.id}`} type="checkbox" value="1" />
                      <label htmlFor={`remove-${photo.id}`}>{t('photos.remove')}</label>
                    </div>
                  </div>
                </div>
              </li>
            ))}
          </ol>
          <button type="submit" name="intent" value="arrange-photos">
            {t('photos.save')}
          </button>
        </Form>
      )}
      <Form method="post" encType="multipart/form-data" className="form">
        <FormAlert state={uploadFailure} />
        <div className="field">
          <label htmlFor="field-photo">{t('photos.file')}</label>
          <p className="hint" id="field-photo-hint">
            {t('photos.fileHint')}
          </p>
          <input
            id="field-photo"
            name="photo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            required
            aria-describedby={uploadFailure ? 'field-photo-hint field-photo-error' : 'field-photo-hint'}
            aria-invalid={uploadFailure ? true : undefined}
          />
          {uploadFailure && (
            <p className="field-error" id="field-photo-error" data-testid="photo-error">
              {uploadFailure.message || t(errorMessageKey(uploadFailure.code))}
            </p>
          )}
        </div>
        <TextField name="alt" label={t('photos.alt')} hint={t('photos.altHint')} state={uploadFailure} optional />
        <button type="submit" name="intent" value="upload-photo">
          {t('photos.upload')}
        </button>
      </Form>
    </section>
  );
}
