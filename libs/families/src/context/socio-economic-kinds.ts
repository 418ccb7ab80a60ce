import { registerEnumType } from '@nestjs/graphql';

export enum HousingSituation {
  SECURE = 'SECURE',
  INSECURE = 'INSECURE',
  OVERCROWDED = 'OVERCROWDED',
  TEMPORARY = 'TEMPORARY',
  HOMELESS = 'HOMELESS',
  NOT_KNOWN = 'NOT_KNOWN',
}
registerEnumType(HousingSituation, { name: 'HousingSituation' });

export enum EmploymentSituation {
  EMPLOYED = 'EMPLOYED',
  UNEMPLOYED = 'UNEMPLOYED',
  NOT_IN_LABOUR_MARKET = 'NOT_IN_LABOUR_MARKET',
  NOT_KNOWN = 'NOT_KNOWN',
}
registerEnumType(EmploymentSituation, { name: 'EmploymentSituation' });
