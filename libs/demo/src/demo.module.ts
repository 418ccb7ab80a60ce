import { Module } from '@nestjs/common';
import { AccessModule } from '@waymark/access';
import { AuditModule } from '@waymark/audit';
import { SignalsModule } from '@waymark/signals';
import { DemoLoader } from './demo-loader.service';
import { PartnershipGenerator } from './generator.service';

/** The synthetic partnership generator (CLI, benchmark, demo). */
@Module({
  imports: [AuditModule, AccessModule],
  providers: [PartnershipGenerator],
  exports: [PartnershipGenerator],
})
export class DemoModule {}

/** The API's demo loader: on start, loads the demo partnership once when configured to. Not in the CLI or worker. */
@Module({
  imports: [DemoModule, SignalsModule],
  providers: [DemoLoader],
  exports: [DemoLoader],
})
export class DemoLoaderModule {}
