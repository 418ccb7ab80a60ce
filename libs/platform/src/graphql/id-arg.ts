import { PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { BadUserInputError } from '../errors/waymark-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value)) throw BadUserInputError.field(this.name, 'is not a valid id');
    return value;
  }
}

/** An `ID!` argument checked to be a UUID before it reaches SQL. */
export const IdArg = (name = 'id') => Args(name, { type: () => ID }, new UuidPipe(name));
