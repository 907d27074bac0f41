import { DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccountResolver } from './api/account.resolver';
import { AddressResolver } from './api/address.resolver';
import { IdentityLoaders } from './api/identity.loaders';
import { LoginThrottleGuard } from './api/login-throttle.guard';
import { OrganisationMemberResolver, OrganisationResolver } from './api/organisation.resolver';
import { IDENTITY_OPTIONS, IdentityOptions } from './identity.options';
import { StaffResolver } from './api/staff.resolver';
import { AccountMails } from './services/account-mails';
import { AccountService } from './services/account.service';
import { AddressBookService } from './services/address-book.service';
import { AccountTokenService } from './services/account-token.service';
import { OrganisationService } from './services/organisation.service';

@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      // Every context checks who acts for what through these services.
      global: true,
      imports: [
        JwtModule.register({ secret: options.jwtSecret }),
        ThrottlerModule.forRoot([{ name: 'login', ttl: 60_000, limit: options.loginAttemptsPerMinute }]),
      ],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        AccountService,
        AccountTokenService,
        AccountMails,
        OrganisationService,
        AddressBookService,
        IdentityLoaders,
        StaffResolver,
        AccountResolver,
        AddressResolver,
        OrganisationResolver,
        OrganisationMemberResolver,
        LoginThrottleGuard,
      ],
      exports: [AccountService, OrganisationService, AddressBookService, IdentityLoaders],
    };
  }
}
