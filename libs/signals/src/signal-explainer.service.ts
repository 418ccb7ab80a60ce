import { Injectable } from '@nestjs/common';
import { abilityOf, asSubject } from '@waymark/access';
import { PersonService } from '@waymark/families';
import { RequestContext } from '@waymark/platform';
import { SIGNAL_DEFINITIONS } from './definitions';
import { longDate } from './explanation';
import { RiskSignalEntity } from './risk-signal.entity';
import { Say } from './signal-definition';

/** What an explanation reads of a signal: a held one, or one a change would raise. */
export type ExplainedSignal = Pick<RiskSignalEntity, 'kind' | 'personIds' | 'facts'>;

const BY_KIND = new Map(SIGNAL_DEFINITIONS.map((definition) => [definition.kind, definition]));

/**
 * Writes a signal's explanation at read time, for this reader: names only of people they may see
 * (through PersonService.load, so the reads are audited), harm only as they may know of it.
 */
@Injectable()
export class SignalExplainer {
  constructor(private readonly people: PersonService) {}

  async explain(ctx: RequestContext, signal: ExplainedSignal): Promise<string> {
    const definition = BY_KIND.get(signal.kind);
    if (!definition) return 'This kind of signal is no longer computed.';
    return definition.explain(signal.facts, await this.sayFor(ctx, signal));
  }

  /** The explanation's conditions one by one (the pre-closure risk check lists them). */
  async conditions(ctx: RequestContext, signal: ExplainedSignal): Promise<string[]> {
    const definition = BY_KIND.get(signal.kind);
    if (!definition) return [];
    const say = await this.sayFor(ctx, signal);
    return definition.conditions ? definition.conditions(signal.facts, say) : [definition.explain(signal.facts, say)];
  }

  private async sayFor(ctx: RequestContext, signal: ExplainedSignal): Promise<Say> {
    const people = await Promise.all(signal.personIds.map((id) => this.people.load(ctx, id)));
    const names = new Map(people.filter((person) => person !== null).map((person) => [person!.id, person!.givenName]));
    const ability = abilityOf(ctx);
    return {
      name: (id) => names.get(String(id)) ?? 'a family member',
      date: longDate,
      mayKnowHarm: (disclosure) => ability.can('read', asSubject('HarmRelationship', { disclosure })),
    };
  }
}
