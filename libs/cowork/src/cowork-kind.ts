import { registerEnumType } from '@nestjs/graphql';

/** docs/domain.md §3.16: the kinds of joint work a DVA specialist logs. */
export enum CoworkKind {
  JOINT_VISIT = 'JOINT_VISIT',
  CONSULTATION_WITH_CASE_HOLDER = 'CONSULTATION_WITH_CASE_HOLDER',
  SAFETY_PLANNING = 'SAFETY_PLANNING',
  DIRECT_WORK_WITH_CHILD = 'DIRECT_WORK_WITH_CHILD',
  WORK_WITH_PERSON_CAUSING_HARM = 'WORK_WITH_PERSON_CAUSING_HARM',
  CASE_DISCUSSION = 'CASE_DISCUSSION',
  GROUP_WORK = 'GROUP_WORK',
}
registerEnumType(CoworkKind, {
  name: 'CoworkKind',
  description: 'What the joint work was.',
  valuesMap: {
    JOINT_VISIT: { description: 'A visit made together with the case holder or another practitioner' },
    CONSULTATION_WITH_CASE_HOLDER: { description: 'Advice to the case-holding practitioner' },
    SAFETY_PLANNING: { description: 'Safety planning with the adult victim or a child' },
    DIRECT_WORK_WITH_CHILD: { description: 'Direct work with a child' },
    WORK_WITH_PERSON_CAUSING_HARM: { description: 'Work with the person causing harm' },
    CASE_DISCUSSION: { description: 'A case discussion between professionals' },
    GROUP_WORK: { description: 'Group work the family member attended' },
  },
});
