import { Injectable } from '@nestjs/common';
import { AbilityFactory, AgencyEntity, allowed, assertCan, factsOf, hasRole, SIDE, sideOf } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { AgendaItemEntity, ATTENDING_ROLES, MeetingAgencyEntity, MeetingEntity, MeetingStatus } from '@waymark/meetings';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, RequestContext, TransactionalConnection } from '@waymark/platform';
import { readableBy } from './pack-access';
import { PackDocument, PackKind, PackReader } from './pack-document';
import { PackSections } from './pack-sections.registry';
import { renderPackPdf } from './pdf/render-pack-pdf';

export interface RenderedPack {
  pdf: Buffer;
  filename: string;
}

const TITLES: Record<PackKind, string> = { pack: 'Meeting pack', minutes: 'Minutes and action plan' };

/**
 * A meeting's pack (before) or minutes (after) for one invited agency, as a PDF. Whoever runs or chairs
 * the meeting may make any invited agency's; an agency's own attending staff make their agency's.
 * The content is what that agency's representatives may see (AbilityFactory.forAgencyReader), so a
 * perpetrator programme provider's pack holds nothing the victim-side policy keeps from it.
 */
@Injectable()
export class MeetingPackService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly abilities: AbilityFactory,
    private readonly sections: PackSections,
    private readonly audit: AuditService,
  ) {}

  async render(ctx: RequestContext, kind: PackKind, meetingId: string, agencyId: string): Promise<RenderedPack> {
    const document = await this.build(ctx, kind, meetingId, agencyId);
    const generatedAt = new Date();
    const pdf = await renderPackPdf(document, generatedAt);
    // Audited once made, before it is sent: what was given to whom, never its content.
    await this.audit.record(ctx, {
      action: `meeting.${kind}.download`,
      subjectType: 'Meeting',
      subjectId: meetingId,
      detail: { agencyId, cases: document.familyIds.length, people: document.personIds.length, bytes: pdf.length },
    });
    await this.audit.recordReads(ctx, 'Person', document.personIds);
    const slug = `${document.meeting.startsAt.toISOString().slice(0, 10)}-${document.reader.agencyName}`.replace(/[^A-Za-z0-9-]+/g, '-').toLowerCase();
    return { pdf, filename: `${kind === 'pack' ? 'meeting-pack' : 'minutes'}-${slug}.pdf` };
  }

  async build(ctx: RequestContext, kind: PackKind, meetingId: string, agencyId: string): Promise<PackDocument> {
    const meeting = await this.db.repository(ctx, MeetingEntity).findOneBy({ id: meetingId });
    if (!meeting) throw new NotFoundError('No meeting has that id.');
    await assertCan(ctx, 'read', 'Meeting', meeting, 'You have no involvement that lets you read this meeting.');
    const runsIt = (await allowed(ctx, 'update', 'Meeting', meeting)) || (await allowed(ctx, 'record', 'Meeting', meeting));
    const ownAgency = ctx.actor!.agencyId === agencyId && hasRole(ctx.actor!.roles, ...ATTENDING_ROLES);
    if (!runsIt && !ownAgency)
      throw new ForbiddenError("You may download your own agency's pack only; the meeting's coordinator or chair makes the other agencies'.");
    const agency = await this.db.repository(ctx, AgencyEntity).findOneBy({ id: agencyId });
    if (!agency) throw new NotFoundError('agencyId: no agency has that id.');
    const invited = await this.db.repository(ctx, MeetingAgencyEntity).existsBy({ meetingId, agencyId });
    if (!invited)
      throw BadUserInputError.field(
        'agencyId',
        `${agency.name} was not invited to this meeting, so it has no pack; invite it first, or choose an invited agency`,
      );
    if (meeting.status === MeetingStatus.CANCELLED)
      throw new ConflictError(`This meeting was cancelled (${meeting.cancellationReason}); it has no pack or minutes.`);
    if (kind === 'minutes' && meeting.status !== MeetingStatus.HELD)
      throw new ConflictError('The minutes are made once the meeting is recorded as held; until then, download the pack.');

    const manager = this.db.manager(ctx);
    const ability = await this.abilities.forAgencyReader(agencyId, manager, sideOf(ctx));
    const reader: PackReader = { agencyId, agencyName: agency.name, ability, side: factsOf(ability).get(SIDE) };
    const items = await readableBy(
      reader,
      'AgendaItem',
      await this.db.repository(ctx, AgendaItemEntity).find({ where: { meetingId }, order: { position: 'ASC' } }),
      manager,
    );
    const input = { ctx, meeting, reader, items };
    const sections = [];
    const personIds = new Set<string>();
    for (const section of this.sections.of(kind)) {
      const built = await section.build(input);
      built.personIds?.forEach((id) => personIds.add(id));
      sections.push({ title: section.title, blocks: built.blocks });
    }
    return {
      kind,
      title: `${TITLES[kind]}: ${meeting.title}`,
      meeting,
      reader,
      sections,
      familyIds: [...new Set(items.map((i) => i.familyId))],
      personIds: [...personIds],
    };
  }
}
