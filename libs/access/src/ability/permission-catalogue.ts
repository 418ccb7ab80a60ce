import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { PERMISSION_KEY, PermissionDeclaration, PUBLIC_KEY } from '@waymark/platform';

// Method metadata written by @Query/@Mutation in @nestjs/graphql.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

export interface OperationPermission {
  operation: string;
  /** 'PUBLIC', 'signed-in OwnRecords', 'create User', …; null when nothing is declared (a bug). */
  permission: string | null;
}

/** Every query and mutation with the permission it declares, for the deny-by-default test and review. */
@Injectable()
export class PermissionCatalogue {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  operations(): OperationPermission[] {
    const found: OperationPermission[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const type = Reflect.getMetadata(RESOLVER_TYPE, handler);
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = Reflect.getMetadata(RESOLVER_NAME, handler) ?? method;
        found.push({ operation: `${type}.${name}`, permission: describe(handler) });
      }
    }
    return found.sort((a, b) => a.operation.localeCompare(b.operation));
  }
}

function describe(handler: object): string | null {
  if (Reflect.getMetadata(PUBLIC_KEY, handler)) return 'PUBLIC';
  const declaration: PermissionDeclaration | undefined = Reflect.getMetadata(PERMISSION_KEY, handler);
  return declaration ? `${declaration.action} ${declaration.subject}` : null;
}
