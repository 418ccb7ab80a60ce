import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, Guarded, Loading, Problem, Table } from '../../components/display';
import { PractitionerRecordsDocument } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { nameOf, PersonNames } from '../family/journey';
import {
  ABUSE_FORMS,
  ASSESSMENT_OUTCOMES,
  CARER_RELATIONSHIPS,
  CONTACT_ARRANGEMENTS,
  DISCLOSURES,
  EMPLOYMENT,
  HOUSING,
  labelIn,
  PRIMARY_NEEDS,
  TYPOLOGIES,
} from './labels';

/** Whether the signed-in user holds cases: the API decides each write again. */
export function useIsCaseHolder(): boolean {
  const { session } = useSession();
  return !!session?.user.roles.includes('CASE_PRACTITIONER');
}

const TASKS: Array<[path: string, label: string]> = [
  ['separations/new', 'Record a separation'],
  ['reconciliations/new', 'Record a reconciliation'],
  ['members-leaving/new', 'Record a member leaving the household'],
  ['incidents/new', 'Record an incident'],
  ['harm-relationships/new', 'Record a harm relationship'],
  ['assessments/new', 'Record an assessment'],
  ['child-contacts/new', 'Record child contact'],
  ['kinship-placements/new', 'Record a kinship placement'],
  ['socio-economic-context/new', 'Record socio-economic context'],
  ['referrals/new', 'Make a referral'],
];

/** The case holder's forms for this family, one link each. */
export function RecordTasks({ familyId }: { familyId: string }) {
  if (!useIsCaseHolder()) return null;
  return (
    <nav aria-labelledby="record-tasks" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="record-tasks">
        Record what has happened
      </h2>
      <ul className="govuk-list wm-family-contents">
        {TASKS.map(([path, label]) => (
          <li key={path}>
            <Link className="govuk-link" to={`/families/${familyId}/${path}`}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const codes = (values: readonly string[], options: Array<{ value: string; label: string }>) => values.map((value) => labelIn(options, value)).join('; ');

/** Harm relationships, assessments, child contact, kinship placements and the family's circumstances. */
export function FamilyRecordsSection({ familyId, names }: { familyId: string; names: PersonNames }) {
  const [{ data, error, fetching }] = useQuery({ query: PractitionerRecordsDocument, variables: { id: familyId } });
  const caseHolder = useIsCaseHolder();
  const family = data?.family;
  return (
    <section aria-labelledby="practitioner-records">
      <h2 className="govuk-heading-l" id="practitioner-records">
        Harm, assessments and circumstances
      </h2>
      {error && <Problem title="These records could not be shown">{error.graphQLErrors[0]?.message ?? 'Try again in a moment.'}</Problem>}
      {fetching && !data && <Loading />}
      {family && (
        <>
          <Table
            caption={`Harm relationships (${family.harmRelationships.length})`}
            captionSize="s"
            head={['Recorded', 'Who causes harm', 'To whom', 'Forms', 'Disclosed', 'Note']}
            rows={family.harmRelationships.map((harm) => [
              formatDate(harm.recordedOn),
              nameOf(names, harm.personCausingHarmId),
              nameOf(names, harm.personHarmedId),
              codes(harm.forms, ABUSE_FORMS) + (harm.typology ? ` (${labelIn(TYPOLOGIES, harm.typology).toLowerCase()})` : ''),
              labelIn(DISCLOSURES, harm.disclosure),
              <Guarded record={harm} field="note">
                {harm.note}
              </Guarded>,
            ])}
          />
          <Table
            caption={`Assessments (${family.assessments.length})`}
            captionSize="s"
            head={['Completed', 'Child', 'Factors (CIN census)', 'Primary need', 'Outcome']}
            rows={family.assessments.map((assessment) => [
              formatDate(assessment.assessedOn),
              nameOf(names, assessment.childId),
              assessment.factors.map((factor) => factor.slice(1)).join(', '),
              labelIn(PRIMARY_NEEDS, assessment.primaryNeed),
              labelIn(ASSESSMENT_OUTCOMES, assessment.outcome),
            ])}
          />
          <Table
            caption={`Child contact (${family.childContacts.length})`}
            captionSize="s"
            head={['Child', 'With', 'Arrangement', 'Started', 'Ended']}
            rows={family.childContacts.map((contact) => [
              nameOf(names, contact.childId),
              nameOf(names, contact.personCausingHarmId),
              labelIn(CONTACT_ARRANGEMENTS, contact.arrangement),
              formatDate(contact.startedOn),
              contact.endedOn ? (
                formatDate(contact.endedOn)
              ) : caseHolder ? (
                <Link className="govuk-link" to={`/families/${familyId}/child-contacts/${contact.id}/end`}>
                  End contact
                  <span className="govuk-visually-hidden">
                    {' '}
                    of {nameOf(names, contact.childId)} with {nameOf(names, contact.personCausingHarmId)}
                  </span>
                </Link>
              ) : (
                'Continues'
              ),
            ])}
          />
          <Table
            caption={`Kinship placements (${family.kinshipPlacements.length})`}
            captionSize="s"
            head={['Child', 'Carer', 'Relationship', 'Moved in', 'Ended']}
            rows={family.kinshipPlacements.map((placement) => [
              nameOf(names, placement.childId),
              nameOf(names, placement.carerId),
              labelIn(CARER_RELATIONSHIPS, placement.carerRelationship),
              formatDate(placement.placedOn),
              placement.endedOn ? (
                formatDate(placement.endedOn)
              ) : caseHolder ? (
                <Link className="govuk-link" to={`/families/${familyId}/kinship-placements/${placement.id}/end`}>
                  End placement<span className="govuk-visually-hidden"> of {nameOf(names, placement.childId)}</span>
                </Link>
              ) : (
                'Continues'
              ),
            ])}
          />
          <Table
            caption={`Socio-economic context (${family.socioEconomicContext.length}), newest first`}
            captionSize="s"
            head={['Known on', 'Housing', 'Employment', 'Income hardship', 'Deprivation decile']}
            rows={family.socioEconomicContext.map((context) => [
              formatDate(context.recordedOn),
              labelIn(HOUSING, context.housing),
              labelIn(EMPLOYMENT, context.employment),
              context.incomeHardship === null ? 'Not known' : context.incomeHardship ? 'Yes' : 'No',
              context.deprivationDecile ?? 'Not known',
            ])}
          />
        </>
      )}
    </section>
  );
}
