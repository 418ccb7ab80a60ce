import { registerEnumType } from '@nestjs/graphql';

/** Every kind of entry on a family's timeline. Later work (referrals, meetings, co-work, signals) adds kinds. */
export enum TimelineKind {
  MEMBER_JOINED = 'MEMBER_JOINED',
  MEMBER_LEFT = 'MEMBER_LEFT',
  ALLOCATED = 'ALLOCATED',
  EPISODE_OPENED = 'EPISODE_OPENED',
  STEPPED_UP = 'STEPPED_UP',
  STEPPED_DOWN = 'STEPPED_DOWN',
  EPISODE_CLOSED = 'EPISODE_CLOSED',
  COUPLE_TOGETHER = 'COUPLE_TOGETHER',
  SEPARATED = 'SEPARATED',
  RECONCILED = 'RECONCILED',
  ASSESSMENT = 'ASSESSMENT',
  HARM_DISCLOSED = 'HARM_DISCLOSED',
  HARM_SUSPECTED = 'HARM_SUSPECTED',
  SOCIO_ECONOMIC_CONTEXT = 'SOCIO_ECONOMIC_CONTEXT',
  COWORK = 'COWORK',
  COWORK_STARTED = 'COWORK_STARTED',
  COWORK_ENDED = 'COWORK_ENDED',
}
registerEnumType(TimelineKind, { name: 'TimelineKind' });
