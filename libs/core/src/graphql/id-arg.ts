import { PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { InvalidInputError } from '../errors/domain-error';

class ParseIdPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!isUUID(value)) throw new InvalidInputError(`"${value}" is not an id`, { [this.name]: ['must be an id'] });
    return value;
  }
}

/** An `ID!` argument that must be one of our ids (a UUID): anything else is BAD_USER_INPUT, never a database error. */
export const IdArg = (name: string) => Args(name, { type: () => ID }, new ParseIdPipe(name));
