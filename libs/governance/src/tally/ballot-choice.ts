import { DomainError } from '@allmende/core';
import { BallotChoice, CONSENT_CHOICES, ConsentChoice, MAX_SCORE, PollType } from './tally';

const MAX_REASON = 2000;

/**
 * Checks a ballot against its poll before anything is written, and returns it in the stored
 * shape (only the field its poll type uses). Each wrong ballot has its own code.
 */
export function checkBallotChoice(type: PollType, options: readonly string[], choice: BallotChoice): BallotChoice {
  const known = new Set(options);
  const mismatch = (what: string) =>
    new DomainError('BALLOT_DOES_NOT_FIT_POLL', `A ${type.toLowerCase().replace('_', ' ')} poll takes ${what}`, {
      pollType: type,
    });
  const given = (['abstain', 'consent', 'option', 'ranking', 'scores'] as const).filter(
    (field) => choice[field] !== undefined && choice[field] !== null,
  );
  if (given.length !== 1) throw mismatch('exactly one answer');
  if (choice.abstain) {
    if (type === 'CONSENT') throw mismatch('ABSTAIN as its consent answer');
    return { abstain: true };
  }
  switch (type) {
    case 'CONSENT': {
      if (!choice.consent || !CONSENT_CHOICES.includes(choice.consent as ConsentChoice))
        throw mismatch('agree, abstain, disagree or block');
      if (choice.consent !== 'BLOCK') return { consent: choice.consent };
      const reason = choice.reason?.trim() ?? '';
      if (reason.length < 3 || reason.length > MAX_REASON) {
        throw new DomainError('BALLOT_BLOCK_NEEDS_REASON', `A block needs a reason (3 to ${MAX_REASON} characters)`);
      }
      return { consent: 'BLOCK', reason };
    }
    case 'SINGLE_CHOICE':
      if (choice.option === undefined) throw mismatch('one option');
      if (!known.has(choice.option)) throw unknownOption(choice.option);
      return { option: choice.option };
    case 'RANKED_CHOICE': {
      const ranking = choice.ranking;
      if (!ranking || ranking.length === 0) throw mismatch('a ranking of one or more options');
      for (const option of ranking) if (!known.has(option)) throw unknownOption(option);
      if (new Set(ranking).size !== ranking.length) {
        throw new DomainError('BALLOT_RANKING_DUPLICATE', 'A ranking names each option at most once');
      }
      return { ranking: [...ranking] };
    }
    case 'SCORE': {
      const scores = choice.scores;
      if (!scores) throw mismatch('a score for every option');
      for (const option of Object.keys(scores)) if (!known.has(option)) throw unknownOption(option);
      for (const option of options) {
        const score = scores[option];
        if (!Number.isInteger(score) || score < 0 || score > MAX_SCORE) {
          throw new DomainError('BALLOT_SCORE_OUT_OF_RANGE', `Every option needs a whole score from 0 to ${MAX_SCORE}`, {
            option,
          });
        }
      }
      return { scores: Object.fromEntries(options.map((option) => [option, scores[option]])) };
    }
  }
}

function unknownOption(option: string): DomainError {
  return new DomainError('BALLOT_UNKNOWN_OPTION', `"${option}" is not an option of this poll`, { option });
}
