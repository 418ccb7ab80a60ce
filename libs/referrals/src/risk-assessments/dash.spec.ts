import { DashAnswer, dashAnswersProblem, dashScore } from './dash';

const answers = (yes: number, notKnown = 0) => [
  ...Array<DashAnswer>(yes).fill(DashAnswer.YES),
  ...Array<DashAnswer>(notKnown).fill(DashAnswer.NOT_KNOWN),
  ...Array<DashAnswer>(24 - yes - notKnown).fill(DashAnswer.NO),
];

describe('the DASH score', () => {
  it('counts yes answers only: not known is not yes', () => {
    expect(dashScore(answers(0))).toBe(0);
    expect(dashScore(answers(14, 5))).toBe(14);
    expect(dashScore(answers(24))).toBe(24);
  });

  it('needs exactly 24 answers', () => {
    expect(dashAnswersProblem(answers(3))).toBeNull();
    expect(dashAnswersProblem(answers(3).slice(1))).toBe('a DASH risk identification checklist has 24 answers, one per question in order; 23 were given');
    expect(dashAnswersProblem([...answers(3), DashAnswer.NO])).toMatch(/25 were given$/);
  });
});
