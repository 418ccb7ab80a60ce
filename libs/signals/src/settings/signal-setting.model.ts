import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SignalSettingKey } from './signal-settings';

@ObjectType('SignalSetting', { description: 'A threshold a risk signal reads, with the range an administrator may set.' })
export class SignalSettingModel {
  @Field(() => SignalSettingKey)
  key: SignalSettingKey;

  @Field(() => Int)
  value: number;

  @Field(() => Int, { description: 'The default (docs/domain.md §4.14).' })
  defaultValue: number;

  @Field(() => Int)
  min: number;

  @Field(() => Int)
  max: number;

  @Field({ description: 'days, months, count, percent, score or years.' })
  unit: string;

  @Field()
  description: string;

  @Field(() => Date, { nullable: true, description: 'When an administrator last changed it (null: never changed).' })
  updatedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who last changed it.' })
  updatedByUserId: string | null;
}
