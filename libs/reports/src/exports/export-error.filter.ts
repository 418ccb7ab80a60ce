import { Catch, Injectable } from '@nestjs/common';
import { JsonErrorFilter } from '@waymark/platform';

/** Export routes answer errors as GraphQL-shaped JSON (see JsonErrorFilter). */
@Catch()
@Injectable()
export class ExportErrorFilter extends JsonErrorFilter {
  protected override readonly route = 'export';
  protected override readonly notDone = 'the export was not made';
}
