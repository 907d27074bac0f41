import { DomainError } from '@allmende/core';

/** Every refusal of the provenance context, by its stable code (besides NOT_FOUND, FORBIDDEN and BAD_USER_INPUT). */
export const PROVENANCE_ERROR_CODES = [
  'LOT_CODE_TAKEN',
  'NOT_YOUR_PRODUCT',
  'NOT_CUSTODIAN',
  'RECORD_OUT_OF_ORDER',
  'RECORD_IN_FUTURE',
  'DETAILS_DO_NOT_MATCH_KIND',
  'CERTIFIER_MISSING',
  'CERTIFICATE_DATES_INVALID',
  'INPUT_LOTS_MISSING',
  'INPUT_NOT_IN_CUSTODY',
  'INPUT_LOT_EMPTY',
  'RECIPIENT_MISSING',
  'ALREADY_CUSTODIAN',
  'CORRECTED_RECORD_NOT_FOUND',
  'SELF_ATTESTATION',
  'ALREADY_ATTESTED',
] as const;
export type ProvenanceErrorCode = (typeof PROVENANCE_ERROR_CODES)[number];

/** A provenance rule refused the request; checked before anything is written. */
export class ProvenanceError extends DomainError {
  constructor(code: ProvenanceErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
