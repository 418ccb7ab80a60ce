import { useQuery } from 'urql';
import { formatDate, humanise, Table } from '../../components/display';
import { FamilyPerpetratorRiskViewsDocument } from '../../gql/graphql';
import { nameOf, PersonNames } from '../family/journey';

/** On the family record: what the perpetrator worker sees of the risk to the family, shared with the case holder. Nothing when none is recorded. */
export function PerpetratorRiskViewsSection({ familyId, names }: { familyId: string; names: PersonNames }) {
  const [{ data }] = useQuery({ query: FamilyPerpetratorRiskViewsDocument, variables: { id: familyId } });
  const views = data?.family.perpetratorRiskViews ?? [];
  if (!views.length) return null;
  return (
    <section aria-labelledby="perpetrator-risk-views">
      <h2 className="govuk-heading-l" id="perpetrator-risk-views">
        Perpetrator worker&apos;s view of risk
      </h2>
      <Table
        caption={`Views of risk to the family (${views.length})`}
        captionSize="s"
        head={['Date', 'About', 'Level', 'View', 'By']}
        rows={views.map((v) => [formatDate(v.recordedOn), nameOf(names, v.personId), humanise(v.level), v.view, v.recordedBy.displayName])}
      />
    </section>
  );
}
