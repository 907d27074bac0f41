#!/usr/bin/env node
// Verifies an exported provenance chain offline, with nothing but Node:
//   node scripts/verify-provenance.js chain.json
// where chain.json comes from GET /provenance/lots/<lot id>/chain.json (or the GraphQL query
// provenanceExport). Each record's hash is SHA-256 over the RFC 8785 canonical JSON of the record
// without its "hash" field; records link by previousHash and position; a transformation names the
// input lot's record it was made from. From record content version 2, a lot's first record carries
// lotHeaderHash: the hash of {v: 1, lotId, code, name, custodyModel, creatorOrganisationId}, so the
// lot's own facts are sealed too (format allmende-provenance-chain/2 exports creatorOrganisationId;
// /1 exports, made before, are still read). Prints "valid: ..." and exits 0, or each broken link and exits 1.
// Written apart from the API's own code on purpose, so it checks that code rather than repeats it.
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

/** RFC 8785 (JCS): keys sorted by UTF-16 code units, no whitespace, ECMAScript number and string forms. */
function canonical(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const recomputed = ({ hash: _hash, ...content }) => sha256(canonical(content));

const FORMATS = ['allmende-provenance-chain/1', 'allmende-provenance-chain/2'];
const headerHash = (lot) =>
  sha256(
    canonical({
      v: 1,
      lotId: lot.id,
      code: lot.code,
      name: lot.name,
      custodyModel: lot.custodyModel,
      creatorOrganisationId: lot.creatorOrganisationId,
    }),
  );

function verify(chainExport) {
  if (!FORMATS.includes(chainExport.format)) throw new Error(`Unknown format ${chainExport.format}`);
  const lots = new Map(chainExport.lots.map((lot) => [lot.id, lot]));
  const breaks = [];
  const broken = (lotId, position, reason) => breaks.push(`${lotId} position ${position ?? 'head'}: ${reason}`);
  for (const lot of chainExport.lots) {
    lot.records.forEach((record, index) => {
      if (record.position !== index) broken(lot.id, index, 'POSITION_GAP');
      if (record.previousHash !== (index === 0 ? null : lot.records[index - 1].hash)) {
        broken(lot.id, record.position, 'PREVIOUS_HASH_MISMATCH');
      }
      if (recomputed(record) !== record.hash) broken(lot.id, record.position, 'HASH_MISMATCH');
      for (const input of record.details.inputs ?? []) {
        const inputLot = lots.get(input.lotId);
        if (!inputLot) broken(lot.id, record.position, 'INPUT_LOT_MISSING');
        else if (inputLot.records[input.position]?.hash !== input.hash) broken(lot.id, record.position, 'INPUT_ANCHOR_MISMATCH');
      }
    });
    const first = lot.records[0];
    if (first && first.v >= 2 && first.lotHeaderHash !== headerHash(lot)) broken(lot.id, 0, 'LOT_HEADER_MISMATCH');
    const last = lot.records[lot.records.length - 1];
    if ((last?.hash ?? null) !== lot.headHash || lot.records.length !== lot.recordCount) broken(lot.id, null, 'HEAD_MISMATCH');
    const byId = new Map(lot.records.map((record) => [record.id, record]));
    for (const attestation of lot.attestations) {
      const record = byId.get(attestation.recordId);
      if (recomputed(attestation) !== attestation.hash || record?.hash !== attestation.recordHash) {
        broken(lot.id, record?.position, 'ATTESTATION_MISMATCH');
      }
    }
  }
  return breaks;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/verify-provenance.js <exported chain.json>');
  process.exit(2);
}
const chainExport = JSON.parse(readFileSync(file, 'utf8'));
const breaks = verify(chainExport);
const records = chainExport.lots.reduce((sum, lot) => sum + lot.records.length, 0);
if (breaks.length) {
  console.log(`broken: ${breaks.length} broken links in lot ${chainExport.lotId}`);
  for (const line of breaks) console.log(line);
  process.exit(1);
}
console.log(`valid: ${chainExport.lots.length} lots, ${records} records, lot ${chainExport.lotId}`);
