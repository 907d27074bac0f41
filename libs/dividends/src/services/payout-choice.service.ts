import { Injectable } from '@nestjs/common';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { DomainError, InvalidInputError, Transactional, TxHost, Viewer } from '@allmende/core';
import { MembershipService } from '@allmende/membership';
import { PolicyService } from '@allmende/policy';
import { PayoutChoice, PayoutMethod } from '../entities/allocation.entity';
import { AllocationService } from './allocation.service';

export interface PayoutChoiceView {
  memberId: string;
  method: PayoutMethod;
  iban: string | null;
  accountHolder: string | null;
  chosen: boolean;
}

/** Members choose, before a run, how their dividend is paid, and keep an IBAN for bank transfers. */
@Injectable()
export class PayoutChoiceService {
  constructor(
    private readonly txHost: TxHost,
    private readonly membership: MembershipService,
    private readonly allocations: AllocationService,
    private readonly policy: PolicyService,
  ) {}

  private get choices() {
    return this.txHost.tx.getRepository(PayoutChoice);
  }

  async of(viewer: Viewer, memberId: string): Promise<PayoutChoiceView> {
    await this.membership.assertCanSee(viewer, memberId);
    return this.view(memberId);
  }

  async view(memberId: string): Promise<PayoutChoiceView> {
    const choice = await this.choices.findOneBy({ memberId });
    if (choice) return { memberId, method: choice.method, iban: choice.iban, accountHolder: choice.accountHolder, chosen: true };
    const { defaultPayout } = await this.policy.current('dividends');
    return { memberId, method: defaultPayout, iban: null, accountHolder: null, chosen: false };
  }

  /**
   * Sets the member's choice (the member itself, never staff for it). Refused while a run exists that
   * is not yet paid or rejected: the run took the choices as they were (DIVIDEND_CHOICE_CLOSED). An
   * IBAN is checked with ibantools (IBAN_INVALID) and kept in electronic format.
   */
  @Transactional()
  async set(
    viewer: Viewer,
    input: { memberId: string; method: PayoutMethod; iban?: string | null; accountHolder?: string | null },
  ): Promise<PayoutChoiceView> {
    await this.membership.actingAs(viewer, input.memberId);
    let iban: string | null = null;
    if (input.iban?.trim()) {
      iban = electronicFormatIBAN(input.iban) ?? '';
      if (!isValidIBAN(iban)) {
        throw new DomainError('IBAN_INVALID', `${input.iban.slice(0, 50)} is not a valid IBAN`, {
          fields: { iban: ['invalid'] },
        });
      }
      if (!input.accountHolder?.trim()) {
        throw new InvalidInputError('A bank transfer needs the account holder’s name', {
          accountHolder: ['required with an IBAN'],
        });
      }
    }
    // Serialise with runs: a run takes this lock too, so a choice never slips in beside one.
    await this.txHost.tx.query(`SELECT pg_advisory_xact_lock(hashtext('dividend_run'))`);
    if (await this.allocations.choicesFrozen()) {
      throw new DomainError('DIVIDEND_CHOICE_CLOSED', 'An allocation has been run; choose again once it is paid or rejected');
    }
    await this.choices.upsert(
      {
        memberId: input.memberId,
        method: input.method,
        iban,
        accountHolder: iban ? input.accountHolder!.trim() : null,
        updatedAt: new Date(),
      },
      ['memberId'],
    );
    return this.view(input.memberId);
  }
}
