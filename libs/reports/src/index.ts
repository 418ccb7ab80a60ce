export * from './reports.module';
export * from './suppression/suppression';
export * from './exports/cin-census-codes';
