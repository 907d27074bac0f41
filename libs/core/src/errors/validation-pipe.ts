import { ValidationError, ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from './domain-error';

function collect(errors: ValidationError[], prefix = '', into: Record<string, string[]> = {}): Record<string, string[]> {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[path] = Object.values(error.constraints);
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

/** Validates every input type with class-validator; a failure names each bad field and why. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = collect(errors);
      const summary = Object.entries(fields)
        .map(([field, reasons]) => `${field}: ${reasons.join(', ')}`)
        .join('; ');
      return new InvalidInputError(`Invalid input — ${summary}`, fields);
    },
  });
}
