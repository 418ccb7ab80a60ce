import { Catch, Injectable } from '@nestjs/common';
import { JsonErrorFilter } from '@waymark/platform';

/** Pack routes answer errors as GraphQL-shaped JSON (see JsonErrorFilter). */
@Catch()
@Injectable()
export class PackErrorFilter extends JsonErrorFilter {
  protected override readonly route = 'pack';
  protected override readonly notDone = 'no document was made';
}
