import { DomainError, registerErrorCodes } from '@allmende/core';

/** Every refusal of the provenance context, by its stable code (besides NOT_FOUND, FORBIDDEN and BAD_USER_INPUT). */
export const ProvenanceErrors = registerErrorCodes('provenance', {
  LOT_CODE_TAKEN: { kind: 'REFUSAL', message: 'You already have a lot with this code' },
  NOT_YOUR_PRODUCT: { kind: 'REFUSAL', message: 'You can tie a lot only to products your organisation sells' },
  NOT_CUSTODIAN: { kind: 'REFUSAL', message: 'Only the organisation holding the lot may add to its provenance' },
  RECORD_OUT_OF_ORDER: { kind: 'REFUSAL', message: 'A record cannot come before the lot’s last one' },
  RECORD_IN_FUTURE: { kind: 'REFUSAL', message: 'A step cannot be dated more than a day ahead' },
  DETAILS_DO_NOT_MATCH_KIND: { kind: 'REFUSAL', message: 'These details do not belong to this kind of record' },
  CERTIFIER_MISSING: { kind: 'REFUSAL', message: 'A certification needs its certifier' },
  CERTIFICATE_DATES_INVALID: { kind: 'REFUSAL', message: 'A certificate cannot end before it starts' },
  INPUT_LOTS_MISSING: { kind: 'REFUSAL', message: 'A transformation needs the lots it was made from' },
  INPUT_NOT_IN_CUSTODY: { kind: 'REFUSAL', message: 'An input lot is not held by this lot’s custodian' },
  INPUT_LOT_EMPTY: { kind: 'REFUSAL', message: 'An input lot has no records yet' },
  RECIPIENT_MISSING: { kind: 'REFUSAL', message: 'A custody transfer needs the organisation that takes the goods' },
  ALREADY_CUSTODIAN: { kind: 'REFUSAL', message: 'That organisation already holds this lot' },
  CORRECTED_RECORD_NOT_FOUND: { kind: 'REFUSAL', message: 'The lot has no such record to correct' },
  SELF_ATTESTATION: { kind: 'REFUSAL', message: 'An organisation cannot attest its own record; another one must' },
  ALREADY_ATTESTED: { kind: 'REFUSAL', message: 'This organisation has already attested this record' },
  SPLIT_EXCEEDS_LOT: { kind: 'REFUSAL', message: 'A lot cannot give away more than it holds' },
});
export type ProvenanceErrorCode = keyof typeof ProvenanceErrors;

/** A provenance rule refused the request; checked before anything is written. */
export class ProvenanceError extends DomainError {
  constructor(code: ProvenanceErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
