import { Module } from '@nestjs/common';
import { PolicyResolver } from './api/policy.resolver';
import { PolicyService } from './services/policy.service';

/** Needs IdentityModule (accounts, for who changed what) in the app. */
@Module({ providers: [PolicyService, PolicyResolver], exports: [PolicyService] })
export class PolicyModule {}
