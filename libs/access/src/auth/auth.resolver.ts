import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, OwnTransaction, Public, RequestContext } from '@waymark/platform';
import { AccessTokenModel } from './access-token.model';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AccessTokenModel, { description: 'Signs in. Repeated failures are throttled per account and per address.' })
  @Public()
  @OwnTransaction()
  login(@Ctx() ctx: RequestContext, @Args('input') input: LoginInput) {
    return this.auth.login(ctx, input);
  }
}
