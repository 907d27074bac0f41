import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PlatformRole, PlatformRoleEnum } from '@allmende/core';

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

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
