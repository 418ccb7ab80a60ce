/** What the practitioner's forms call the API's codes, in the words of the CIN census and the domain guide. */
type Options = Array<{ value: string; label: string }>;

const of = (entries: Record<string, string>): Options => Object.entries(entries).map(([value, label]) => ({ value, label }));

export const labelIn = (options: Options, value: string | null | undefined) => options.find((option) => option.value === value)?.label ?? value ?? '';

export const INCIDENT_KINDS = of({ POLICE_DA_NOTIFICATION: 'Police domestic abuse notification', OTHER_REPORTED_INCIDENT: 'Other reported incident' });

export const INCIDENT_ROLES = of({
  ADULT_VICTIM: 'Adult victim',
  PERSON_CAUSING_HARM: 'Person causing harm',
  CHILD_PRESENT: 'Child present',
  OTHER: 'Other person involved',
});

export const ABUSE_FORMS = of({
  PHYSICAL: 'Physical',
  COERCIVE_CONTROL: 'Coercive control',
  NON_FATAL_STRANGULATION: 'Non-fatal strangulation',
  SEXUAL: 'Sexual',
  STALKING_HARASSMENT: 'Stalking or harassment',
  ECONOMIC: 'Economic',
  HONOUR_BASED: 'Honour-based',
  CHILD_TO_PARENT: 'Child to parent',
  SIBLING: 'Sibling',
  INTERGENERATIONAL: 'Intergenerational',
});

export const DISCLOSURES = of({ DISCLOSED: 'Disclosed', SUSPECTED_NOT_DISCLOSED: 'Suspected, not disclosed' });

export const TYPOLOGIES = of({
  COERCIVE_CONTROLLING_VIOLENCE: 'Coercive controlling violence',
  VIOLENT_RESISTANCE: 'Violent resistance',
  SITUATIONAL_COUPLE_VIOLENCE: 'Situational couple violence',
  SEPARATION_INSTIGATED_VIOLENCE: 'Separation-instigated violence',
});

/** CIN census factors identified at assessment (the codes without the API's leading F). */
export const ASSESSMENT_FACTORS = of({
  F1A: '1A Alcohol misuse: child',
  F1B: '1B Alcohol misuse: parent or carer',
  F1C: '1C Alcohol misuse: another person',
  F2A: '2A Drug misuse: child',
  F2B: '2B Drug misuse: parent or carer',
  F2C: '2C Drug misuse: another person',
  F3A: '3A Domestic abuse: the child is the subject',
  F3B: '3B Domestic abuse: a parent or carer is the subject',
  F3C: '3C Domestic abuse: another person in the household is the subject',
  F4A: '4A Mental health: child',
  F4B: '4B Mental health: parent or carer',
  F4C: '4C Mental health: another person',
  F5A: '5A Learning disability: child',
  F5B: '5B Learning disability: parent or carer',
  F5C: '5C Learning disability: another person',
  F6A: '6A Physical disability or illness: child',
  F6B: '6B Physical disability or illness: parent or carer',
  F6C: '6C Physical disability or illness: another person',
  F7A: '7A Young carer',
  F8B: '8B Private fostering: overseas child, parents overseas',
  F8C: '8C Private fostering: overseas child, parents in the UK',
  F8D: '8D Private fostering: UK child, educational reasons',
  F8E: '8E Private fostering: UK child, family breakdown',
  F8F: '8F Private fostering: other',
  F9A: '9A Unaccompanied asylum-seeking child',
  F10A: '10A Going missing',
  F11A: '11A Child sexual exploitation',
  F12A: '12A Trafficking',
  F13A: '13A Gangs',
  F14A: '14A Socially unacceptable behaviour',
  F15A: '15A Self-harm',
  F16A: '16A Neglect',
  F17A: '17A Emotional abuse',
  F18B: '18B Physical abuse by a child',
  F18C: '18C Physical abuse by an adult',
  F19B: '19B Sexual abuse by a child',
  F19C: '19C Sexual abuse by an adult',
  F20: '20 Other',
  F21: '21 No factors identified',
  F22A: '22A Female genital mutilation',
  F23A: '23A Abuse linked to faith or belief',
  F24A: '24A Child criminal exploitation',
});

export const PRIMARY_NEEDS = of({
  N0: 'N0 Not stated',
  N1: 'N1 Abuse or neglect (includes domestic abuse)',
  N2: "N2 Child's disability",
  N3: 'N3 Parental illness or disability',
  N4: 'N4 Family in acute stress',
  N5: 'N5 Family dysfunction',
  N6: 'N6 Socially unacceptable behaviour',
  N7: 'N7 Low income',
  N8: 'N8 Absent parenting',
  N9: 'N9 Cases other than children in need',
});

export const ASSESSMENT_OUTCOMES = of({
  NFA: 'No further action',
  EARLY_HELP: 'Early Help',
  CIN: 'Child in Need',
  S47: 'Section 47 enquiry',
  CP: 'Child Protection plan',
});

export const CONTACT_ARRANGEMENTS = of({
  SUPERVISED: 'Supervised',
  UNSUPERVISED: 'Unsupervised',
  HANDOVER_ONLY: 'Handover only',
  INDIRECT: 'Indirect (letters, calls)',
});

export const CARER_RELATIONSHIPS = of({
  MATERNAL_GRANDPARENT: 'Maternal grandparent',
  PATERNAL_GRANDPARENT: 'Paternal grandparent',
  MATERNAL_AUNT_OR_UNCLE: 'Maternal aunt or uncle',
  PATERNAL_AUNT_OR_UNCLE: 'Paternal aunt or uncle',
  OTHER_MATERNAL_RELATIVE: 'Other maternal relative',
  OTHER_PATERNAL_RELATIVE: 'Other paternal relative',
  ADULT_SIBLING: 'Adult sibling',
  FAMILY_FRIEND: 'Family friend',
  OTHER: 'Other',
});

export const HOUSING = of({
  SECURE: 'Secure',
  INSECURE: 'Insecure',
  OVERCROWDED: 'Overcrowded',
  TEMPORARY: 'Temporary accommodation',
  HOMELESS: 'Homeless',
  NOT_KNOWN: 'Not known',
});

export const EMPLOYMENT = of({
  EMPLOYED: 'Employed',
  UNEMPLOYED: 'Unemployed',
  NOT_IN_LABOUR_MARKET: 'Not in the labour market',
  NOT_KNOWN: 'Not known',
});

export const CONSENT = of({ GIVEN: 'Given', REFUSED: 'Refused', NOT_SOUGHT: 'Not sought' });

export const LAWFUL_BASES = of({
  SAFEGUARDING_CHILD: 'Safeguarding a child',
  PREVENTING_SERIOUS_HARM: 'Preventing serious harm',
  PREVENTION_OR_DETECTION_OF_CRIME: 'Prevention or detection of crime',
  VITAL_INTERESTS: 'Vital interests',
  COURT_ORDER: 'Court order',
  OTHER: 'Other (say which)',
});

export const REVIEW_OUTCOMES = of({
  CLOSURE_CONFIRMED: 'Closure confirmed: the risk after separation was considered',
  SUPPORT_ARRANGED: 'Support arranged',
  REFERRED_ON: 'Referred on',
  EPISODE_TO_REOPEN: 'Episode to re-open',
});
