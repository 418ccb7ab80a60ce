import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, EntityLoader, IdArg, RequestContext, RequirePermission, RequireSignedIn } from '@waymark/platform';

import { AgencyModel } from '../agencies/agency.model';
import { AgencyEntity } from '../agencies/agency.entity';
import { CreateUserInput } from './dto/create-user.input';
import { ChangeMyPasswordInput, SetUserPasswordInput } from './dto/set-password.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UsersArgs } from './dto/users.args';
import { UserConnection, UserModel } from './user.model';
import { UserService } from './user.service';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly loader: EntityLoader,
  ) {}

  @Query(() => UserModel, { description: 'The signed-in user, with roles and agency.' })
  @RequireSignedIn()
  me(@Ctx() ctx: RequestContext) {
    return this.userService.get(ctx, ctx.actor!.userId);
  }

  @Query(() => UserConnection, { description: 'Accounts you may see, by name.' })
  @RequirePermission('read', 'User')
  users(@Ctx() ctx: RequestContext, @Args() args: UsersArgs) {
    return this.userService.list(ctx, args);
  }

  @Query(() => UserModel)
  @RequirePermission('read', 'User')
  user(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.userService.get(ctx, id);
  }

  @Mutation(() => UserModel)
  @RequirePermission('create', 'User')
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput) {
    return this.userService.create(ctx, input);
  }

  @Mutation(() => UserModel)
  @RequirePermission('update', 'User')
  updateUser(@Ctx() ctx: RequestContext, @Args('input') input: UpdateUserInput) {
    return this.userService.update(ctx, input);
  }

  @Mutation(() => UserModel, { description: 'Stops the account signing in; its tokens stop working at once.' })
  @RequirePermission('deactivate', 'User')
  deactivateUser(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.userService.deactivate(ctx, id);
  }

  @Mutation(() => UserModel)
  @RequirePermission('reactivate', 'User')
  reactivateUser(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.userService.reactivate(ctx, id);
  }

  @Mutation(() => UserModel, { description: "Sets a user's password; their existing tokens stop working." })
  @RequirePermission('setPassword', 'User')
  setUserPassword(@Ctx() ctx: RequestContext, @Args('input') input: SetUserPasswordInput) {
    return this.userService.setPassword(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Changes your own password; sign in again afterwards.' })
  @RequireSignedIn()
  async changeMyPassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangeMyPasswordInput) {
    await this.userService.changeMyPassword(ctx, input);
    return true;
  }

  @ResolveField(() => AgencyModel)
  agency(@Ctx() ctx: RequestContext, @Parent() user: UserModel) {
    return this.loader.byId(ctx, AgencyEntity, user.agencyId);
  }
}
