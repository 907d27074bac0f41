import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A security-relevant event: who did what to what, when and from where. Written once; the database refuses UPDATE and DELETE. */
@ObjectType({ description: 'A security-relevant event of the audit log; never changed or deleted' })
@Entity('audit_event')
export class AuditEvent {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field()
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Field({ description: 'What happened, e.g. login.failed, organisation.verified, order.refunded' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => ID, { nullable: true, description: 'Who did it; null for a guest' })
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Field(() => String, { nullable: true, description: 'What it was done to: account, organisation, order, …' })
  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  @Field(() => String, { nullable: true, description: 'The client address the request came from' })
  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress: string | null;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb' })
  details: object;
}
