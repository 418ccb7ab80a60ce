import { registerEnumType } from '@nestjs/graphql';

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  NON_BINARY = 'NON_BINARY',
  OTHER = 'OTHER',
  NOT_KNOWN = 'NOT_KNOWN',
}
registerEnumType(Gender, { name: 'Gender' });

/** The five census ethnic groups; the detail is free text beside it. */
export enum EthnicityGroup {
  WHITE = 'WHITE',
  MIXED = 'MIXED',
  ASIAN = 'ASIAN',
  BLACK = 'BLACK',
  OTHER = 'OTHER',
  NOT_STATED = 'NOT_STATED',
}
registerEnumType(EthnicityGroup, { name: 'EthnicityGroup', description: '2021 census high-level ethnic groups.' });
