import type { AppendRecordInput, ProvenanceRecordKind } from '../graphql/graphql';
import { optionalText, text } from './forms.server';

/** A coordinate field: undefined when empty, NaN when not a number (reported by the caller). */
function coordinate(form: FormData, name: string): number | undefined {
  const value = text(form, name).replace(',', '.');
  return value === '' ? undefined : Number(value);
}

/** The append-record form as the API's input; only the section of the chosen kind is sent. */
export function readRecordForm(form: FormData): { input: AppendRecordInput; fields: Record<string, string[]> } {
  const fields: Record<string, string[]> = {};
  const kind = text(form, 'kind') as ProvenanceRecordKind;
  const occurred = text(form, 'occurredAt');
  // datetime-local carries no zone: the dashboard records times in UTC and says so.
  const occurredAt = occurred ? new Date(`${occurred}Z`) : new Date(NaN);
  if (Number.isNaN(occurredAt.getTime())) fields.occurredAt = ['is required'];
  /** A place from its four controls, named `<prefix>Name`, `<prefix>Country`, `<prefix>Latitude`, `<prefix>Longitude`. */
  const place = (prefix: string) => {
    const latitude = coordinate(form, `${prefix}Latitude`);
    const longitude = coordinate(form, `${prefix}Longitude`);
    if (Number.isNaN(latitude)) fields[`${prefix}Latitude`] = ['must be a number'];
    if (Number.isNaN(longitude)) fields[`${prefix}Longitude`] = ['must be a number'];
    return { name: text(form, `${prefix}Name`), country: text(form, `${prefix}Country`).toUpperCase(), latitude, longitude };
  };
  const evidenceUrl = optionalText(form, 'evidenceUrl');
  const evidenceHash = optionalText(form, 'evidenceHash');
  const input: AppendRecordInput = {
    kind,
    occurredAt: occurredAt.getTime() ? occurredAt.toISOString() : '',
    place: place('place'),
    description: text(form, 'description'),
    evidence: evidenceUrl || evidenceHash ? { url: evidenceUrl, documentHash: evidenceHash } : undefined,
  };
  if (kind === 'TRANSPORT') {
    input.transport = { from: place('from'), mode: text(form, 'mode') as 'SEA' };
  }
  if (kind === 'CERTIFICATION') {
    input.certification = {
      certifier: text(form, 'certifier'),
      certificateId: text(form, 'certificateId'),
      standard: text(form, 'standard'),
      scope: (text(form, 'scope') || 'LOT') as 'LOT',
      validFrom: text(form, 'validFrom'),
      validTo: text(form, 'validTo'),
    };
  }
  if (kind === 'CUSTODY_TRANSFER') input.toOrganisationId = optionalText(form, 'toOrganisationId');
  if (kind === 'TRANSFORMATION')
    input.inputLotIds = text(form, 'inputLotIds')
      .split(/[\s,;]+/)
      .filter(Boolean);
  return { input, fields };
}

const FIELD_OF_PATH: Record<string, string> = {
  'evidence.url': 'evidenceUrl',
  'evidence.documentHash': 'evidenceHash',
};

/** The form control of an API field path, e.g. "certification.certifier" -> "certifier". */
export function recordFieldName(path: string): string {
  const place = /^(place|transport\.from)\.(\w)(\w*)$/.exec(path);
  if (place) return `${place[1] === 'place' ? 'place' : 'from'}${place[2].toUpperCase()}${place[3]}`;
  return FIELD_OF_PATH[path] ?? path.replace(/^(certification|transport)\./, '');
}
