import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MailLocale, PlatformRole, PlatformRoleEnum } from '@allmende/core';

@ObjectType({ description: 'A person who logs in' })
@Entity('account')
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Field()
  @Column()
  email: string;

  @Column({ name: 'password_hash', select: false })
  passwordHash: string;

  @Field()
  @Column({ name: 'display_name' })
  displayName: string;

  @Field(() => PlatformRoleEnum)
  @Column({ name: 'platform_role', type: 'text', default: 'MEMBER' })
  platformRole: PlatformRole;

  @Field(() => String, { description: 'The language of the mail this account gets: en or de' })
  @Column({ type: 'text', default: 'en' })
  locale: MailLocale;

  @Field(() => Date, { nullable: true, description: 'When the owner confirmed the address through the link we mailed' })
  @Column({ name: 'email_confirmed_at', type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  @Column({ name: 'terms_accepted_at', type: 'timestamptz', nullable: true })
  termsAcceptedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When platform staff suspended it; a suspended account cannot log in' })
  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'suspended_reason', type: 'text', nullable: true })
  suspendedReason: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
