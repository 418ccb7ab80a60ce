import { useMutation } from 'urql';
import { Checkboxes, Radios, Select, TextInput } from '../../components/forms';
import {
  AssessmentFactor,
  AssessmentOutcome,
  EmploymentSituation,
  HousingSituation,
  PractitionerRecordAssessmentDocument,
  PractitionerRecordSocioEconomicContextDocument,
  PrimaryNeed,
} from '../../gql/graphql';
import { useDraft } from '../../session/drafts';
import { ASSESSMENT_FACTORS, ASSESSMENT_OUTCOMES, EMPLOYMENT, HOUSING, PRIMARY_NEEDS } from './labels';
import { apiProblems, memberOptions, problemsFrom, RecordingForm, useRecording } from './recording';

const ASSESSMENT_LABELS = { childId: 'Child', assessedOn: 'Date completed', factors: 'Factors identified', primaryNeed: 'Primary need', outcome: 'Outcome' };

/** An assessment of a child: CIN census factors, primary need and what was decided. */
export function RecordAssessmentPage() {
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [draft, setDraft, discard] = useDraft(`assessment:${familyId}`, { childId: '', assessedOn: '', factors: [] as string[], primaryNeed: '', outcome: '' });
  const [saving, record] = useMutation(PractitionerRecordAssessmentDocument);
  const set = (field: 'childId' | 'assessedOn' | 'primaryNeed' | 'outcome') => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const found = problemsFrom([
      ['childId', !draft.childId, 'Select the child assessed'],
      ['assessedOn', !draft.assessedOn, 'Enter the date the assessment was completed'],
      ['factors', !draft.factors.length, 'Select the factors identified, or 21 No factors identified'],
      ['primaryNeed', !draft.primaryNeed, 'Select the primary need'],
      ['outcome', !draft.outcome, 'Select the outcome'],
    ]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await record({
      input: {
        familyId,
        childId: draft.childId,
        assessedOn: draft.assessedOn,
        factors: draft.factors as AssessmentFactor[],
        primaryNeed: draft.primaryNeed as PrimaryNeed,
        outcome: draft.outcome as AssessmentOutcome,
      },
    });
    if (result.error) return setProblems(apiProblems(result.error, ASSESSMENT_LABELS));
    discard();
    done('Assessment recorded', '#practitioner-records');
  };

  return (
    <RecordingForm title="Record an assessment" family={family} problems={problems} saving={saving.fetching} submitLabel="Record assessment" onSubmit={save}>
      {(f) => (
        <>
          <Select
            name="childId"
            label={ASSESSMENT_LABELS.childId}
            problems={problems}
            value={draft.childId}
            onChange={set('childId')}
            options={memberOptions(f, 'CHILD')}
            placeholder="Select a child"
          />
          <TextInput
            name="assessedOn"
            label={ASSESSMENT_LABELS.assessedOn}
            hint="Not in the future, not before the child's date of birth."
            type="date"
            width="10"
            problems={problems}
            value={draft.assessedOn}
            onChange={set('assessedOn')}
          />
          <Checkboxes
            name="factors"
            label={ASSESSMENT_LABELS.factors}
            hint="The CIN census codes. Select all that apply; 21 No factors identified only on its own."
            problems={problems}
            values={draft.factors}
            onChange={(factors) => setDraft((current) => ({ ...current, factors }))}
            options={ASSESSMENT_FACTORS}
          />
          <Select
            name="primaryNeed"
            label={ASSESSMENT_LABELS.primaryNeed}
            problems={problems}
            value={draft.primaryNeed}
            onChange={set('primaryNeed')}
            options={PRIMARY_NEEDS}
            placeholder="Select the primary need"
          />
          <Radios
            name="outcome"
            label={ASSESSMENT_LABELS.outcome}
            problems={problems}
            value={draft.outcome}
            onChange={set('outcome')}
            options={ASSESSMENT_OUTCOMES}
          />
        </>
      )}
    </RecordingForm>
  );
}

const CONTEXT_LABELS = {
  recordedOn: 'Date known',
  housing: 'Housing',
  employment: 'Employment',
  incomeHardship: 'Income hardship',
  deprivationDecile: 'Deprivation decile',
};

/** The family's circumstances as known on a date; earlier records are kept, because they change. */
export function RecordSocioEconomicContextPage() {
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [draft, setDraft, discard] = useDraft(`context:${familyId}`, {
    recordedOn: '',
    housing: '',
    employment: '',
    incomeHardship: '',
    deprivationDecile: '',
  });
  const [saving, record] = useMutation(PractitionerRecordSocioEconomicContextDocument);
  const set = (field: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const found = problemsFrom([
      ['recordedOn', !draft.recordedOn, 'Enter the date the circumstances were known'],
      ['housing', !draft.housing, 'Select the housing situation, or Not known'],
      ['employment', !draft.employment, 'Select the employment situation, or Not known'],
      [
        'deprivationDecile',
        !!draft.deprivationDecile && !/^([1-9]|10)$/.test(draft.deprivationDecile.trim()),
        'Deprivation decile must be a whole number from 1 to 10',
      ],
    ]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await record({
      input: {
        familyId,
        recordedOn: draft.recordedOn,
        housing: draft.housing as HousingSituation,
        employment: draft.employment as EmploymentSituation,
        incomeHardship: draft.incomeHardship === '' ? null : draft.incomeHardship === 'YES',
        deprivationDecile: draft.deprivationDecile ? Number(draft.deprivationDecile) : null,
      },
    });
    if (result.error) return setProblems(apiProblems(result.error, CONTEXT_LABELS));
    discard();
    done('Socio-economic context recorded', '#practitioner-records');
  };

  return (
    <RecordingForm
      title="Record socio-economic context"
      family={family}
      problems={problems}
      saving={saving.fetching}
      submitLabel="Record context"
      onSubmit={save}
    >
      {() => (
        <>
          <TextInput
            name="recordedOn"
            label={CONTEXT_LABELS.recordedOn}
            hint="When the circumstances were known to be so; not in the future."
            type="date"
            width="10"
            problems={problems}
            value={draft.recordedOn}
            onChange={set('recordedOn')}
          />
          <Radios name="housing" label={CONTEXT_LABELS.housing} problems={problems} value={draft.housing} onChange={set('housing')} options={HOUSING} />
          <Radios
            name="employment"
            label={CONTEXT_LABELS.employment}
            problems={problems}
            value={draft.employment}
            onChange={set('employment')}
            options={EMPLOYMENT}
          />
          <Radios
            name="incomeHardship"
            label={CONTEXT_LABELS.incomeHardship}
            problems={problems}
            value={draft.incomeHardship}
            onChange={set('incomeHardship')}
            options={[
              { value: 'YES', label: 'Yes' },
              { value: 'NO', label: 'No' },
              { value: '', label: 'Not known' },
            ]}
            inline
          />
          <TextInput
            name="deprivationDecile"
            label="Deprivation decile (optional)"
            hint="IMD or SIMD decile of the postcode area: 1 is the most deprived, 10 the least."
            width="2"
            problems={problems}
            value={draft.deprivationDecile}
            onChange={set('deprivationDecile')}
          />
        </>
      )}
    </RecordingForm>
  );
}
