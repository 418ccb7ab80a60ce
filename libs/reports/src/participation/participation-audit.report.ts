import { Injectable } from '@nestjs/common';
import { MeetingType, ScopeRole } from '@waymark/meetings';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { agendaItemsInScope, SqlParams } from '../report-sql';
import { ReportScope } from '../report-scope.service';
import { CellRef, SuppressionTable } from '../suppression/suppression';
import {
  AUDITED_ROLES,
  DID_NOT_TAKE_PART,
  FamilyMemberParticipationModel,
  MeetingTypeParticipationModel,
  ParticipationAuditModel,
  OUTCOME_FIELDS,
  ParticipationOutcome,
  ParticipationOutcomesModel,
  TOOK_PART,
} from './participation-audit.model';

const TOOK_PART_SQL = TOOK_PART.map((o) => `'${o}'`).join(', ');
const CHILD_VIEW_RECORDED_SQL = `'DIRECT_WORK', 'VIA_ADVOCATE', 'WRITTEN'`;

interface PeopleRow {
  meetingType: MeetingType;
  scopeRole: ScopeRole;
  outcome: ParticipationOutcome;
  people: number;
}
interface RoleItemsRow {
  meetingType: MeetingType;
  scopeRole: ScopeRole;
  withMember: number;
  tookPart: number;
}
interface TypeRow {
  meetingType: MeetingType;
  items: number;
  children: number;
  childViews: number;
  interpreterNeeded: number;
  interpreterProvided: number;
}

/**
 * The family participation audit (docs/domain.md §6). Three set-based queries over the same items in scope;
 * every figure then goes through one SuppressionTable so the additive relationships between them
 * (outcomes add up to people in scope, meeting types add up to all items) are protected together.
 */
@Injectable()
export class ParticipationAuditReport {
  constructor(private readonly db: TransactionalConnection) {}

  async run(ctx: RequestContext, scope: ReportScope): Promise<ParticipationAuditModel> {
    const people = (await this.query(
      ctx,
      scope,
      (items) => `
      SELECT i.meeting_type AS "meetingType", aip.scope_role AS "scopeRole",
             coalesce(p.participation, 'NOT_RECORDED') AS outcome, count(*)::int AS people
        FROM (${items}) i
        JOIN agenda_item_person aip ON aip.agenda_item_id = i.id
        LEFT JOIN participation p ON p.agenda_item_id = aip.agenda_item_id AND p.person_id = aip.person_id
       WHERE aip.scope_role <> 'OTHER_ADULT'
       GROUP BY 1, 2, 3`,
    )) as PeopleRow[];
    const roleItems = (await this.query(
      ctx,
      scope,
      (items) => `
      SELECT i.meeting_type AS "meetingType", aip.scope_role AS "scopeRole",
             count(DISTINCT i.id)::int AS "withMember",
             count(DISTINCT i.id) FILTER (WHERE p.participation IN (${TOOK_PART_SQL}))::int AS "tookPart"
        FROM (${items}) i
        JOIN agenda_item_person aip ON aip.agenda_item_id = i.id
        LEFT JOIN participation p ON p.agenda_item_id = aip.agenda_item_id AND p.person_id = aip.person_id
       WHERE aip.scope_role <> 'OTHER_ADULT'
       GROUP BY 1, 2`,
    )) as RoleItemsRow[];
    const types = (await this.query(
      ctx,
      scope,
      (items) => `
      SELECT i.meeting_type AS "meetingType", count(DISTINCT i.id)::int AS items,
             count(aip.person_id) FILTER (WHERE aip.scope_role = 'CHILD')::int AS children,
             count(aip.person_id) FILTER (WHERE aip.scope_role = 'CHILD' AND p.child_view IN (${CHILD_VIEW_RECORDED_SQL}))::int AS "childViews",
             count(aip.person_id) FILTER (WHERE aip.scope_role <> 'OTHER_ADULT' AND person_interpreter_needed_on(person.id, i.held_on))::int AS "interpreterNeeded",
             count(aip.person_id) FILTER (WHERE aip.scope_role <> 'OTHER_ADULT' AND person_interpreter_needed_on(person.id, i.held_on) AND p.interpreter_provided)::int AS "interpreterProvided"
        FROM (${items}) i
        LEFT JOIN agenda_item_person aip ON aip.agenda_item_id = i.id
        LEFT JOIN person ON person.id = aip.person_id
        LEFT JOIN participation p ON p.agenda_item_id = aip.agenda_item_id AND p.person_id = aip.person_id
       GROUP BY 1 ORDER BY 1`,
    )) as TypeRow[];
    return assemble(scope, types, roleItems, people);
  }

  private query(ctx: RequestContext, scope: ReportScope, body: (items: string) => string): Promise<unknown[]> {
    const sql = new SqlParams();
    const text = body(agendaItemsInScope(scope, sql));
    return this.db.manager(ctx).query(text, sql.values);
  }
}

/** Builds the model from the query rows, registering every count and its totals for suppression. */
export function assemble(scope: ReportScope, types: TypeRow[], roleItems: RoleItemsRow[], people: PeopleRow[]): ParticipationAuditModel {
  const t = new SuppressionTable(scope.suppress);
  const allItems = t.cell(types.reduce((sum, row) => sum + row.items, 0));
  const typeItems: CellRef[] = [];

  const built = types.map((type) => {
    const items = t.cell(type.items);
    typeItems.push(items);
    const childRefs = { children: 0 as CellRef };
    const members = Object.entries(AUDITED_ROLES).map(([field, scopeRole]) => {
      const counts = (outcome: ParticipationOutcome) =>
        people.find((r) => r.meetingType === type.meetingType && r.scopeRole === scopeRole && r.outcome === outcome)?.people ?? 0;
      const outcomeRefs = Object.values(ParticipationOutcome).map((outcome) => ({ outcome, ref: t.cell(counts(outcome)) }));
      const sumOf = (set: ParticipationOutcome[]) => set.reduce((sum, o) => sum + counts(o), 0);
      const tookPart = t.cell(sumOf(TOOK_PART));
      const didNot = t.cell(sumOf(DID_NOT_TAKE_PART));
      const inScope = t.cell(sumOf(TOOK_PART) + sumOf(DID_NOT_TAKE_PART));
      t.group(inScope, [tookPart, didNot]);
      t.group(
        tookPart,
        outcomeRefs.filter((o) => TOOK_PART.includes(o.outcome)).map((o) => o.ref),
      );
      t.group(
        didNot,
        outcomeRefs.filter((o) => DID_NOT_TAKE_PART.includes(o.outcome)).map((o) => o.ref),
      );
      if (scopeRole === ScopeRole.CHILD) childRefs.children = inScope;

      const row = roleItems.find((r) => r.meetingType === type.meetingType && r.scopeRole === scopeRole);
      const withMember = t.cell(row?.withMember ?? 0);
      const itemsTookPart = t.cell(row?.tookPart ?? 0);
      // Items without the member in scope and items where they did not take part are never shown,
      // but they make the shown figures subtractable, so they are cells too.
      t.group(withMember, [itemsTookPart, t.cell((row?.withMember ?? 0) - (row?.tookPart ?? 0))]);
      t.group(items, [withMember, t.cell(type.items - (row?.withMember ?? 0))]);
      return { field, withMember, itemsTookPart, inScope, tookPart, outcomeRefs };
    });

    const childViews = t.cell(type.childViews);
    t.group(childRefs.children, [childViews, t.cell(type.children - type.childViews)]);
    const needed = t.cell(type.interpreterNeeded);
    const provided = t.cell(type.interpreterProvided);
    t.group(needed, [provided, t.cell(type.interpreterNeeded - type.interpreterProvided)]);
    return { type, items, members, childViews, needed, provided, children: childRefs.children };
  });
  t.group(allItems, typeItems);

  return {
    from: scope.from!,
    to: scope.to!,
    suppressionApplied: scope.suppress,
    agendaItems: t.count(allItems),
    byMeetingType: built.map(({ type, items, members, childViews, needed, provided, children }): MeetingTypeParticipationModel => ({
      meetingType: type.meetingType,
      agendaItems: t.count(items),
      ...(Object.fromEntries(
        members.map((m) => [
          m.field,
          {
            itemsWithMember: t.count(m.withMember),
            itemsWhereMemberTookPart: t.count(m.itemsTookPart),
            shareOfItems: t.rate(m.itemsTookPart, m.withMember),
            peopleInScope: t.count(m.inScope),
            peopleWhoTookPart: t.count(m.tookPart),
            outcomes: Object.fromEntries(
              m.outcomeRefs.map(({ outcome, ref }) => [OUTCOME_FIELDS[outcome], t.count(ref)]),
            ) as unknown as ParticipationOutcomesModel,
          } satisfies FamilyMemberParticipationModel,
        ]),
      ) as Pick<MeetingTypeParticipationModel, keyof typeof AUDITED_ROLES>),
      childrenInScope: t.count(children),
      childViewsRecorded: t.count(childViews),
      shareOfChildViewsRecorded: t.rate(childViews, children),
      interpreterNeeded: t.count(needed),
      interpreterProvided: t.count(provided),
      shareOfInterpreterNeedsMet: t.rate(provided, needed),
    })),
  };
}
