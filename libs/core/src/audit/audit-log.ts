import { randomUUID } from 'node:crypto';
import { Global, Injectable, Module } from '@nestjs/common';
import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ClsService } from 'nestjs-cls';
import { RequirePlatformRole } from '../auth/guards';
import { Connection, ConnectionType, keysetPage, PageArgs } from '../pagination/connection';
import { TxHost } from '../transactions/transactions';
import { AuditEvent } from './audit-event.entity';

/** Where the request came from, put into the request's context by the app (its CLS middleware). */
export const CLIENT_ADDRESS = 'allmende:client-address';

export interface AuditEntry {
  /** `<subject>.<what happened>`, lower case: login.failed, organisation.staff_added, order.refunded. */
  action: string;
  actorAccountId: string | null;
  subject?: { type: string; id: string };
  details?: Record<string, unknown>;
}

/**
 * The audit log every library writes its security-relevant events to. An event joins the
 * caller's transaction when there is one, so a change that rolls back leaves no event claiming
 * it happened; outside one (a failed login) it is written at once.
 */
@Injectable()
export class AuditLog {
  constructor(
    private readonly txHost: TxHost,
    private readonly cls: ClsService,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.txHost.tx.getRepository(AuditEvent).insert({
      id: randomUUID(),
      occurredAt: new Date(),
      action: entry.action,
      actorAccountId: entry.actorAccountId,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject?.id ?? null,
      clientAddress: (this.cls.isActive() && this.cls.get<string>(CLIENT_ADDRESS)) || null,
      details: entry.details ?? {},
    });
  }

  /** Events newest first, filtered by any of action (or its `subject.` prefix), actor, subject and time. */
  async list(filter: AuditEventsArgs): Promise<Connection<AuditEvent>> {
    const query = this.txHost.tx.getRepository(AuditEvent).createQueryBuilder('e');
    if (filter.action) {
      query.andWhere(filter.action.endsWith('.') ? 'starts_with(e.action, :action)' : 'e.action = :action', {
        action: filter.action,
      });
    }
    if (filter.actorAccountId) query.andWhere('e.actor_account_id = :actor', { actor: filter.actorAccountId });
    if (filter.subjectId) query.andWhere('e.subject_id = :subject', { subject: filter.subjectId });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    return keysetPage(query, filter.first, filter.after, {
      sortColumn: 'e.occurred_at',
      idColumn: 'e.id',
      direction: 'DESC',
      sortPart: 'timestamp',
      cursorOf: (event) => [event.occurredAt.toISOString(), event.id],
    });
  }
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'An action (login.failed), or all of a subject with a trailing dot (login.)',
  })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]*)*$/, { message: 'must be an action such as login.failed, or a prefix such as login.' })
  @MaxLength(100)
  action?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  actorAccountId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this time on (inclusive)' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time' })
  @IsOptional()
  to?: Date | null;
}

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEvent, 'AuditEvent') {}

@Resolver(() => AuditEvent)
export class AuditLogResolver {
  constructor(private readonly audit: AuditLog) {}

  @Query(() => AuditEventConnection, { description: 'Staff: the audit log, newest first, filtered' })
  @RequirePlatformRole('STAFF')
  auditEvents(@Args() args: AuditEventsArgs): Promise<Connection<AuditEvent>> {
    return this.audit.list(args);
  }
}

@Global()
@Module({ providers: [AuditLog, AuditLogResolver], exports: [AuditLog] })
export class AuditLogModule {}

export const CORE_ENTITIES = [AuditEvent];
