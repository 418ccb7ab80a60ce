import { MeetingType } from '@waymark/meetings';
import { IsLocalDate } from '@waymark/platform';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

/**
 * Query-string filters of the CSV exports (`?from=…&to=…&agencyId=…`). The validation pipe rejects
 * any other parameter, so a misspelt filter is an error rather than a silently wider export.
 */
export class SignalsExportQuery {
  @IsOptional()
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;
}

export class PeriodExportQuery extends SignalsExportQuery {
  @IsLocalDate()
  from: string;

  @IsLocalDate()
  to: string;
}

export class ParticipationExportQuery extends PeriodExportQuery {
  @IsOptional()
  @IsEnum(MeetingType, { message: 'must be one of the meeting types' })
  meetingType?: MeetingType;
}
