/** The research form's parts, as the SafeLives research form names them. */
export const RESEARCH_FIELDS = {
  victimFacts: 'Facts about the adult victim',
  personCausingHarmFacts: 'Facts about the person causing harm',
  childrenFacts: 'Facts about the children',
  professionalOpinion: 'Your professional opinion',
  notShared: 'Information held but not shared',
  notSharedReason: 'Why it is not shared',
} as const;

export type ResearchText = keyof typeof RESEARCH_FIELDS;
export const RESEARCH_TEXT_FIELDS = Object.keys(RESEARCH_FIELDS) as ResearchText[];

export const FIELD_LABELS: Record<string, string> = {
  ...RESEARCH_FIELDS,
  holdsRecords: 'Records held',
  researchedOn: 'Date researched',
  agendaItemId: 'Case',
};

/** Today in London, as the API's calendar dates are written. */
export const londonToday = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
