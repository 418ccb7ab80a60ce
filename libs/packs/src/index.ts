export * from './pack-document';
export * from './pack-sections.registry';
export * from './meeting-pack.service';
export * from './packs.module';
