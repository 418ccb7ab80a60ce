import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLInterfaceType,
  isListType,
  isNonNullType,
  GraphQLOutputType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  valueFromASTUntyped,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Assumed size of a list field when the query does not say (`first`/`last`). */
  defaultListSize: number;
  /** Assumed size when the page size is a variable (unknown until execution): the largest allowed. */
  maxListSize: number;
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * One validation rule that measures each operation's depth, estimated cost and alias count and
 * refuses it before any resolver runs. Introspection fields are left out (introspection itself is
 * switched off in production).
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const root = rootType(context, operation);
        if (!root) return;
        const measure = new Measurer(context, fragments, limits).selectionSet(operation.selectionSet, root, 1, new Set());
        const name = operation.name?.value ?? 'the operation';
        if (measure.depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`${name} is nested ${measure.depth} levels deep; the limit is ${limits.maxDepth}. Ask for fewer nested fields.`),
          );
        }
        if (measure.cost > limits.maxCost) {
          context.reportError(
            new GraphQLError(`${name} would cost about ${measure.cost} units; the limit is ${limits.maxCost}. Ask for smaller pages or fewer fields.`),
          );
        }
        if (measure.aliases > limits.maxAliases) {
          context.reportError(new GraphQLError(`${name} uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}.`));
        }
      },
    };
  };
}

function rootType(context: ValidationContext, operation: OperationDefinitionNode): GraphQLObjectType | null | undefined {
  const schema = context.getSchema();
  if (operation.operation === 'query') return schema.getQueryType();
  if (operation.operation === 'mutation') return schema.getMutationType();
  return schema.getSubscriptionType();
}

class Measurer {
  constructor(
    private readonly context: ValidationContext,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly limits: QueryLimits,
  ) {}

  selectionSet(set: SelectionSetNode, parent: GraphQLNamedType, depth: number, seen: Set<string>): Measure {
    const total: Measure = { depth, cost: 0, aliases: 0 };
    for (const selection of set.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        inner = this.field(selection, parent, depth, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? (this.context.getSchema().getType(typeName) ?? parent) : parent;
        inner = this.selectionSet(selection.selectionSet, type, depth, seen);
      } else {
        const fragment = this.fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue; // cycles are reported by graphql-js
        const type = this.context.getSchema().getType(fragment.typeCondition.name.value) ?? parent;
        inner = this.selectionSet(fragment.selectionSet, type, depth, new Set([...seen, fragment.name.value]));
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.cost += inner.cost;
      total.aliases += inner.aliases;
    }
    return total;
  }

  private field(node: FieldNode, parent: GraphQLNamedType, depth: number, seen: Set<string>): Measure {
    const aliases = node.alias ? 1 : 0;
    if (node.name.value.startsWith('__')) return { depth, cost: 0, aliases };
    const definition = parent instanceof GraphQLObjectType || parent instanceof GraphQLInterfaceType ? parent.getFields()[node.name.value] : undefined;
    if (!definition || !node.selectionSet) return { depth, cost: 1, aliases };
    const child = this.selectionSet(node.selectionSet, getNamedType(definition.type), depth + 1, seen);
    // A connection's page size is counted on the connection field, not again on its `nodes`.
    const multiplier = parent.name.endsWith('Connection') ? 1 : this.expectedItems(node, definition.type);
    return { depth: child.depth, cost: 1 + multiplier * child.cost, aliases: aliases + child.aliases };
  }

  /** Lists and connections fetch `first` (or `last`) items; assume the default when unsaid. */
  private expectedItems(node: FieldNode, type: GraphQLOutputType): number {
    const unwrapped = isNonNullType(type) ? type.ofType : type;
    const isConnection = getNamedType(type).name.endsWith('Connection');
    if (!isListType(unwrapped) && !isConnection) return 1;
    for (const argument of node.arguments ?? []) {
      if (argument.name.value === 'first' || argument.name.value === 'last') {
        // A variable's value is not known at validation time: assume the largest page allowed.
        if (argument.value.kind === Kind.VARIABLE) return this.limits.maxListSize;
        const value = valueFromASTUntyped(argument.value);
        if (typeof value === 'number' && value > 0) return value;
      }
    }
    return this.limits.defaultListSize;
  }
}
