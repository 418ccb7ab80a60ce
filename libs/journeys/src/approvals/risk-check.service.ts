import { Injectable } from '@nestjs/common';
import { abilityOf } from '@waymark/access';
import { ForbiddenError, RequestContext, today } from '@waymark/platform';
import { PreviewedSignal, SignalExplainer, SignalKind, SignalPreview } from '@waymark/signals';
import { EntityManager } from 'typeorm';
import { TransitionKind } from '../intervention-level';
import { EpisodeChangeProposalEntity } from './episode-change-proposal.entity';
import { RiskCheckModel } from './episode-change-proposal.model';
import { riskDigest, StoredRiskCheck } from './risk-check';

/**
 * The pre-closure risk check: the proposed closure or step down written (in a savepoint, rolled back)
 * as the approval would write it, and every signal definition run on the family as it would then
 * stand. Words are written for the reader at read time, from facts, as for held signals.
 */
@Injectable()
export class RiskCheckService {
  constructor(
    private readonly preview: SignalPreview,
    private readonly explainer: SignalExplainer,
  ) {}

  /** What the proposal would raise if it were approved now. */
  async compute(ctx: RequestContext, proposal: EpisodeChangeProposalEntity): Promise<StoredRiskCheck> {
    const asOf = today();
    let recordId = '';
    const found = await this.preview.wouldRaise(ctx, proposal.familyId, asOf, async (manager) => (recordId = await writeProposed(manager, proposal)));
    // The proposed transition's id is made up for the check: named PROPOSED, so the same record gives the same digest.
    const signals: PreviewedSignal[] = JSON.parse(JSON.stringify(found).replaceAll(recordId, 'PROPOSED'));
    return { asOf, digest: riskDigest(signals), signals };
  }

  /** The check in words for this reader; signals are victim-side records, so it is for those who may read signals. */
  async inWords(ctx: RequestContext, check: StoredRiskCheck): Promise<RiskCheckModel> {
    if (!abilityOf(ctx).can('read', 'RiskSignal')) throw new ForbiddenError('The pre-closure risk check is not shown to your role.');
    const signals = await Promise.all(
      check.signals.map(async (signal) => {
        const explained = { kind: signal.kind as SignalKind, personIds: signal.personIds, facts: signal.facts };
        return {
          kind: signal.kind,
          severity: signal.severity,
          explanation: await this.explainer.explain(ctx, explained),
          conditions: await this.explainer.conditions(ctx, explained),
        };
      }),
    );
    return { asOf: check.asOf, digest: check.digest, signals };
  }
}

/** The episode and its transition as approving the proposal would leave them; returns the transition's id. */
async function writeProposed(manager: EntityManager, p: EpisodeChangeProposalEntity): Promise<string> {
  if (p.kind === TransitionKind.CLOSE) {
    await manager.query(`UPDATE episode SET closed_on = $2, closure_reason = $3, closure_sub_reason = $4 WHERE id = $1`, [
      p.episodeId,
      p.occurredOn,
      p.closureReason,
      p.closureSubReason,
    ]);
  } else {
    await manager.query(`UPDATE episode SET level = $2 WHERE id = $1`, [p.episodeId, p.toLevel]);
  }
  const [{ id }] = await manager.query(
    `INSERT INTO episode_transition (episode_id, kind, from_level, to_level, occurred_on, decided_by_user_id, decision_meeting_id, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [p.episodeId, p.kind, p.fromLevel, p.toLevel, p.occurredOn, p.proposedByUserId, p.decisionMeetingId, p.reason],
  );
  return id;
}
