import { Injectable } from '@nestjs/common';
import { abilityOf, asSubject } from '@waymark/access';
import { PersonService } from '@waymark/families';
import { RequestContext } from '@waymark/platform';
import { SIGNAL_DEFINITIONS } from './definitions';
import { longDate } from './explanation';
import { RiskSignalEntity } from './risk-signal.entity';
import { Say } from './signal-definition';

const BY_KIND = new Map(SIGNAL_DEFINITIONS.map((definition) => [definition.kind, definition]));

/**
 * Writes a signal's explanation at read time, for this reader: names only of people they may see
 * (through PersonService.load, so the reads are audited), harm only as they may know of it.
 */
@Injectable()
export class SignalExplainer {
  constructor(private readonly people: PersonService) {}

  async explain(ctx: RequestContext, signal: RiskSignalEntity): Promise<string> {
    const definition = BY_KIND.get(signal.kind);
    if (!definition) return 'This kind of signal is no longer computed.';
    const people = await Promise.all(signal.personIds.map((id) => this.people.load(ctx, id)));
    const names = new Map(people.filter((person) => person !== null).map((person) => [person!.id, person!.givenName]));
    const ability = abilityOf(ctx);
    const say: Say = {
      name: (id) => names.get(String(id)) ?? 'a family member',
      date: longDate,
      mayKnowHarm: (disclosure) => ability.can('read', asSubject('HarmRelationship', { disclosure })),
    };
    return definition.explain(signal.facts, say);
  }
}
