import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError } from '../errors/domain-error';
import { PlatformRole, requestContextOf, requireViewer } from './viewer';

const REQUIRED_ROLE = 'allmende:required-platform-role';

@Injectable()
export class ViewerGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const viewer = requireViewer(requestContextOf(context));
    const role = this.reflector.get<PlatformRole | undefined>(REQUIRED_ROLE, context.getHandler());
    if (role && viewer.platformRole !== role) {
      throw new ForbiddenError(`Only platform ${role.toLowerCase()} may do this`);
    }
    return true;
  }
}

/** The resolver needs a logged-in account. */
export const Authenticated = () => UseGuards(ViewerGuard);

/** The resolver needs a logged-in account with this platform role. */
export const RequirePlatformRole = (role: PlatformRole) =>
  applyDecorators(SetMetadata(REQUIRED_ROLE, role), UseGuards(ViewerGuard));
