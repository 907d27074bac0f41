import { Form, Link, redirect, useSearchParams } from 'react-router';
import type { Route } from './+types/account.addresses';
import { AddressBlock, AddressFields } from '../components/address';
import { ConfirmPanel, DoneNotice, isConfirmation } from '../components/confirm';
import { CheckField, FormAlert, type FormState } from '../components/form';
import { graphql } from '../graphql';
import { pageTitle, useT } from '../i18n';
import * as api from '../lib/api.server';
import { addressFailure, addressFromForm } from '../lib/address.server';
import { text } from '../lib/forms.server';
import { detectLocale } from '../lib/locale.server';
import { requireToken } from '../lib/session.server';

const AddressBook = graphql(`
  query AddressBook {
    countries {
      code
    }
    myAddresses {
      id
      name
      street
      postalCode
      city
      country
      phone
      isDefault
    }
  }
`);

const SaveAddress = graphql(`
  mutation SaveAddress($input: AddressInput!) {
    saveAddress(input: $input) {
      id
    }
  }
`);

const SetDefaultAddress = graphql(`
  mutation SetDefaultAddress($id: ID!) {
    setDefaultAddress(id: $id) {
      id
    }
  }
`);

const DeleteAddress = graphql(`
  mutation DeleteAddress($id: ID!) {
    deleteAddress(id: $id) {
      id
    }
  }
`);

export const meta = pageTitle('addresses.title');

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { countries, myAddresses } = await api.request(AddressBook, {}, { token });
  return { countries: countries.map((c) => c.code), addresses: myAddresses };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const { locale } = await detectLocale(request);
  const form = await request.formData();
  const id = text(form, 'id');
  switch (text(form, 'intent')) {
    case 'save':
      try {
        const input = { ...addressFromForm(form), id: id || null, isDefault: text(form, 'isDefault') === '1' };
        await api.request(SaveAddress, { input }, { token });
      } catch (error) {
        return addressFailure(error, form, locale);
      }
      return redirect(`/account/addresses?done=${id ? 'addressChanged' : 'addressAdded'}`);
    case 'default':
      await api.request(SetDefaultAddress, { id }, { token });
      return redirect('/account/addresses?done=addressDefault');
    case 'delete':
      if (text(form, 'confirmed') !== '1') return { confirm: 'deleteAddress', values: { intent: 'delete', id } };
      await api.request(DeleteAddress, { id }, { token });
      return redirect('/account/addresses?done=addressDeleted');
  }
  return null;
}

export default function AddressBookPage({ loaderData: { countries, addresses }, actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const editing = addresses.find((address) => address.id === params.get('edit'));
  const formState = isConfirmation(actionData) ? undefined : ((actionData as FormState | null | undefined) ?? undefined);
  const asked = isConfirmation(actionData) ? addresses.find((a) => a.id === actionData.values.id) : undefined;
  return (
    <section className="page">
      <h1>{t('addresses.title')}</h1>
      <DoneNotice />
      {asked && isConfirmation(actionData) && (
        <ConfirmPanel confirmation={actionData}>
          <p>{t('addresses.deleteAsk')}</p>
          <AddressBlock address={asked} />
        </ConfirmPanel>
      )}
      {addresses.length === 0 ? (
        <p>{t('addresses.none')}</p>
      ) : (
        <ul className="card-list" data-testid="addresses">
          {addresses.map((address) => (
            <li key={address.id} className="card" data-testid="address">
              <AddressBlock address={address} />
              {address.isDefault && <span className="badge verified">{t('addresses.default')}</span>}
              <div className="actions">
                <Link to={`?edit=${address.id}#address-form`}>
                  {t('addresses.edit')}
                  <span className="visually-hidden">
                    {' '}
                    {address.name}, {address.street}
                  </span>
                </Link>
                {!address.isDefault && (
                  <Form method="post">
                    <input type="hidden" name="intent" value="default" />
                    <input type="hidden" name="id" value={address.id} />
                    <button type="submit" className="link-button">
                      {t('addresses.makeDefault')}
                      <span className="visually-hidden"> {address.street}</span>
                    </button>
                  </Form>
                )}
                <Form method="post">
                  <input type="hidden" name="intent" value="delete" />
                  <input type="hidden" name="id" value={address.id} />
                  <button type="submit" className="link-button">
                    {t('addresses.delete')}
                    <span className="visually-hidden"> {address.street}</span>
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="form narrow-form" id="address-form" key={editing?.id ?? 'new'}>
        <h2>{t(editing ? 'addresses.change' : 'addresses.add')}</h2>
        <FormAlert state={formState} />
        <input type="hidden" name="intent" value="save" />
        {editing && <input type="hidden" name="id" value={editing.id} />}
        <AddressFields state={formState} countries={countries} values={editing} />
        {!editing?.isDefault && <CheckField name="isDefault" label={t('addresses.makeDefault')} state={formState} />}
        <button type="submit">{t(editing ? 'addresses.saveChange' : 'addresses.save')}</button>
      </Form>
    </section>
  );
}
