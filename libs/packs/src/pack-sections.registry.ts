import { Injectable } from '@nestjs/common';
import { PackKind, PackSection } from './pack-document';

/**
 * The sections of packs and minutes. The built-in ones register when the packs module starts; another
 * domain adds its own from its module's onModuleInit (`sections.register(...)`), e.g. agency research
 * before the meeting, so the pack builder never has to know about it.
 */
@Injectable()
export class PackSections {
  private readonly sections: PackSection[] = [];

  register(section: PackSection): void {
    if (!this.sections.some((s) => s.kind === section.kind && s.title === section.title)) this.sections.push(section);
  }

  of(kind: PackKind): PackSection[] {
    return this.sections.filter((s) => s.kind === kind).sort((a, b) => a.order - b.order);
  }
}
