import { IsUUID } from 'class-validator';

/** `?agencyId=…`: the invited agency the document is made for. */
export class PackQuery {
  @IsUUID('all', { message: 'must be the id of an agency invited to the meeting' })
  agencyId: string;
}
