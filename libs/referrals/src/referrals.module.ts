import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbilityFactory, AccessModule } from '@waymark/access';
import { FamiliesModule } from '@waymark/families';
import { IncidentEntity, IncidentPersonEntity } from './incidents/incident.entity';
import { incidentPermissions } from './incidents/incident.permissions';
import { FamilyIncidentsResolver, IncidentPersonResolver, IncidentResolver } from './incidents/incident.resolver';
import { IncidentService } from './incidents/incident.service';
import { MaracCriteriaService } from './marac/marac-criteria.service';
import { MaracReferralFromDashResolver } from './marac/marac-referral-from-dash.resolver';
import { MaracReferralFromDashService } from './marac/marac-referral-from-dash.service';
import { maracPermissions } from './marac/marac.permissions';
import { MaracResolver } from './marac/marac.resolver';
import { loadReferralAccessFacts } from './referral-access.facts';
import { ReferralStatusChangeEntity } from './referrals/referral-status-change.entity';
import { ReferralEntity } from './referrals/referral.entity';
import { referralPermissions } from './referrals/referral.permissions';
import { FamilyReferralsResolver, ReferralResolver, ReferralStatusChangeResolver } from './referrals/referral.resolver';
import { ReferralService } from './referrals/referral.service';
import { RiskAssessmentEntity } from './risk-assessments/risk-assessment.entity';
import { riskAssessmentPermissions } from './risk-assessments/risk-assessment.permissions';
import { FamilyRiskAssessmentsResolver, RiskAssessmentResolver } from './risk-assessments/risk-assessment.resolver';
import { RiskAssessmentService } from './risk-assessments/risk-assessment.service';
import { ServiceCatalogue } from './services/service-catalogue.service';
import { ServiceEntity } from './services/service.entity';
import { servicePermissions } from './services/service.permissions';
import { ServiceResolver } from './services/service.resolver';

/** Services and referrals to them followed to an outcome, reported incidents, DASH risk assessments and MARAC criteria. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ServiceEntity, ReferralEntity, ReferralStatusChangeEntity, IncidentEntity, IncidentPersonEntity, RiskAssessmentEntity]),
    AccessModule,
    FamiliesModule,
  ],
  providers: [
    ServiceCatalogue,
    ServiceResolver,
    ReferralService,
    ReferralResolver,
    ReferralStatusChangeResolver,
    FamilyReferralsResolver,
    IncidentService,
    IncidentResolver,
    IncidentPersonResolver,
    FamilyIncidentsResolver,
    RiskAssessmentService,
    RiskAssessmentResolver,
    FamilyRiskAssessmentsResolver,
    MaracCriteriaService,
    MaracResolver,
    MaracReferralFromDashService,
    MaracReferralFromDashResolver,
  ],
  exports: [ReferralService, MaracCriteriaService],
})
export class ReferralsModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    for (const permissions of [servicePermissions, referralPermissions, incidentPermissions, riskAssessmentPermissions, maracPermissions])
      this.abilities.register(permissions);
    this.abilities.registerFacts(loadReferralAccessFacts);
  }
}
