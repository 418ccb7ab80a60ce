import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbilityFactory, AccessModule } from '@waymark/access';
import { FamiliesModule } from '@waymark/families';
import { SafetyPlanEntity, SafetyPlanReviewEntity } from './safety-plan.entity';
import { safetyPlanPermissions } from './safety-plan.permissions';
import { FamilySafetyPlansResolver, SafetyPlanResolver, SafetyPlanReviewResolver } from './safety-plan.resolver';
import { SafetyPlanService } from './safety-plan.service';

/** Safety plans for adult victims and children: a restricted record for those working for the victim. */
@Module({
  imports: [TypeOrmModule.forFeature([SafetyPlanEntity, SafetyPlanReviewEntity]), AccessModule, FamiliesModule],
  providers: [SafetyPlanService, SafetyPlanResolver, SafetyPlanReviewResolver, FamilySafetyPlansResolver],
})
export class SafetyPlansModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(safetyPlanPermissions);
  }
}
