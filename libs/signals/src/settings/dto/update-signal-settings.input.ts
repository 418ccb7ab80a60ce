import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, ValidateNested } from 'class-validator';
import { SignalSettingKey } from '../signal-settings';

@InputType()
export class SignalSettingValueInput {
  @Field(() => SignalSettingKey)
  @IsEnum(SignalSettingKey)
  key: SignalSettingKey;

  @Field(() => Int, { description: "Within the setting's min and max (see signalSettings)." })
  @IsInt({ message: 'must be a whole number' })
  value: number;
}

@InputType()
export class UpdateSignalSettingsInput {
  @Field(() => [SignalSettingValueInput], { description: 'The settings to change, each once.' })
  @ArrayMinSize(1, { message: 'must change at least one setting' })
  @ArrayMaxSize(Object.keys(SignalSettingKey).length)
  @ValidateNested({ each: true })
  @Type(() => SignalSettingValueInput)
  settings: SignalSettingValueInput[];
}
