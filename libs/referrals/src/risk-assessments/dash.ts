import { registerEnumType } from '@nestjs/graphql';

/** SafeLives' DASH RIC has 24 questions. */
export const DASH_QUESTIONS = 24;

export enum DashAnswer {
  YES = 'YES',
  NO = 'NO',
  NOT_KNOWN = 'NOT_KNOWN',
}
registerEnumType(DashAnswer, { name: 'DashAnswer' });

/** The assessor's professional judgement of risk, which a score never downgrades. */
export enum RiskJudgement {
  STANDARD = 'STANDARD',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(RiskJudgement, { name: 'RiskJudgement' });

/** The DASH score: how many questions were answered yes. */
export function dashScore(answers: readonly DashAnswer[]): number {
  return answers.filter((answer) => answer === DashAnswer.YES).length;
}

/** Why the answers are not a complete checklist, or null. */
export function dashAnswersProblem(answers: readonly DashAnswer[]): string | null {
  if (answers.length !== DASH_QUESTIONS) {
    return `a DASH risk identification checklist has ${DASH_QUESTIONS} answers, one per question in order; ${answers.length} ${answers.length === 1 ? 'was' : 'were'} given`;
  }
  return null;
}
