import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { Matches } from 'class-validator';
import { InvalidInputError } from '../errors/domain-error';

/** A text field that must say something: not empty and not only white space (the database checks the trimmed value). */
export const NotBlank = () => Matches(/\S/, { message: 'must not be blank' });

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why no column can store this text or no hash can round-trip it, or null when it is fine. */
export function malformedTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (it has a lone UTF-16 surrogate)';
  return null;
}

function findMalformedText(value: unknown, path: string, into: Record<string, string[]>, seen: Set<object>): void {
  if (typeof value === 'string') {
    const reason = malformedTextReason(value);
    if (reason) into[path || 'value'] = [reason];
  } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [key, item] of Object.entries(value)) {
      findMalformedText(item, path ? `${path}.${key}` : key, into, seen);
    }
  }
}

/**
 * Refuses, for every GraphQL argument however deeply nested, text with a NUL (PostgreSQL cannot
 * store it) or a lone surrogate (it would be stored as U+FFFD, so what was hashed or compared is
 * not what is kept). Fields are named as the validation pipe names them: within the input.
 */
@Injectable()
export class WellFormedTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const fields: Record<string, string[]> = {};
    const inInput = value !== null && typeof value === 'object';
    findMalformedText(value, inInput ? '' : (metadata.data ?? ''), fields, new Set());
    const names = Object.keys(fields);
    if (names.length) {
      throw new InvalidInputError(
        `Invalid input — ${names.map((name) => `${name}: ${fields[name].join(', ')}`).join('; ')}`,
        fields,
      );
    }
    return value;
  }
}
