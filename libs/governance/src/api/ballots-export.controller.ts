import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { BallotService } from '../services/ballot.service';
import { ProposalService } from '../services/proposal.service';

/**
 * `GET /governance/proposals/:id/ballots.json`: everything needed to recount a closed vote
 * offline (`node scripts/recount-ballots.js ballots.json`): the poll, the frozen rules and
 * electorate size, every counted ballot by receipt (no member ids), and the published result.
 */
@Controller('governance/proposals')
export class BallotsExportController {
  constructor(
    private readonly proposals: ProposalService,
    private readonly ballots: BallotService,
  ) {}

  @Get(':id/ballots.json')
  async export(@Param('id', new ParseUUIDPipe()) id: string): Promise<Record<string, unknown>> {
    const proposal = await this.proposals.get(id).catch(() => null);
    if (!proposal || !proposal.closedAt) throw new NotFoundException('No closed vote with this id');
    return {
      format: 'allmende-ballots/1',
      pollId: proposal.id,
      pollType: proposal.pollType,
      options: proposal.options,
      electorate: proposal.electorateSize,
      rules: proposal.rules,
      ballots: await this.ballots.published(id),
      result: proposal.result,
    };
  }
}
