import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Button, ErrorSummary, Select, TextInput } from '../../components/forms';
import { humanise, Loading, Table } from '../../components/display';
import { AdminAgenciesAndTeamsDocument, AdminCreateAgencyDocument, AdminCreateTeamDocument, type AgencyKind } from '../../gql/graphql';
import { NO_PROBLEMS, type ProblemList } from '../../graphql/errors';
import { formProblems, missingFields } from './problems';
import { ADMIN, RoleScreen } from './role-screen';

const AGENCY_KINDS = [
  'POLICE',
  'CHILDRENS_SOCIAL_CARE',
  'EARLY_HELP',
  'HEALTH_GP',
  'HEALTH_VISITING',
  'MIDWIFERY',
  'EMERGENCY_DEPARTMENT',
  'HEALTH_OTHER',
  'EDUCATION',
  'HOUSING',
  'PROBATION',
  'IDVA_SERVICE',
  'SPECIALIST_DVA_SERVICE',
  'PERPETRATOR_PROGRAMME_PROVIDER',
  'ADULT_MENTAL_HEALTH',
  'CAMHS',
  'SUBSTANCE_MISUSE_SERVICE',
  'CHILDRENS_DVA_SERVICE',
  'VOLUNTARY_SECTOR',
];

/** The partnership's agencies and their teams; add either. */
export function AgenciesAndTeamsPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: AdminAgenciesAndTeamsDocument });
  const [done, setDone] = useState('');
  const saved = (message: string) => {
    setDone(message);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <RoleScreen title="Agencies and teams" roles={ADMIN} error={error} success={done}>
      {fetching && !data && <Loading />}
      {data && (
        <>
          <Table
            caption={`${data.agencies.length} agencies`}
            head={['Agency', 'Kind', 'Teams']}
            rows={data.agencies.map((agency) => [
              agency.name,
              humanise(agency.kind),
              data.teams
                .filter((team) => team.agencyId === agency.id)
                .map((team) => team.name)
                .join(', ') || 'No teams',
            ])}
          />
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <AgencyForm onDone={saved} />
            </div>
            <div className="govuk-grid-column-one-half">
              <TeamForm agencies={data.agencies} onDone={saved} />
            </div>
          </div>
        </>
      )}
    </RoleScreen>
  );
}

function AgencyForm({ onDone }: { onDone: (message: string) => void }) {
  const [form, setForm] = useState({ agencyName: '', kind: '' });
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, create] = useMutation(AdminCreateAgencyDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = missingFields({ agencyName: !form.agencyName.trim() && 'Enter the agency name', kind: !form.kind && 'Select the kind of agency' });
    if (before.summary.length) return setProblems(before);
    const result = await create({ input: { name: form.agencyName.trim(), kind: form.kind as AgencyKind } });
    // The API names the field "name"; this page has two, so the agency's is "agencyName".
    const problems = formProblems(result.error, { labels: { name: 'Agency name', kind: 'Kind' }, byCode: { CONFLICT: 'agencyName' } });
    if (result.error) return setProblems(renamed(problems, 'name', 'agencyName'));
    setProblems(NO_PROBLEMS);
    setForm({ agencyName: '', kind: '' });
    onDone(`${result.data!.createAgency.name} is added to the partnership.`);
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Add an agency</h2>
      <ErrorSummary problems={problems} />
      <TextInput
        name="agencyName"
        label="Agency name"
        problems={problems}
        value={form.agencyName}
        onChange={(agencyName) => setForm({ ...form, agencyName })}
      />
      <Select
        name="kind"
        label="Kind"
        placeholder="Select the kind"
        problems={problems}
        value={form.kind}
        onChange={(kind) => setForm({ ...form, kind })}
        options={AGENCY_KINDS.map((kind) => ({ value: kind, label: humanise(kind) }))}
      />
      <Button disabled={sent.fetching}>Add agency</Button>
    </form>
  );
}

function TeamForm({ agencies, onDone }: { agencies: Array<{ id: string; name: string }>; onDone: (message: string) => void }) {
  const [form, setForm] = useState({ agencyId: '', teamName: '' });
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, create] = useMutation(AdminCreateTeamDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = missingFields({
      agencyId: !form.agencyId && 'Select the agency the team belongs to',
      teamName: !form.teamName.trim() && 'Enter the team name',
    });
    if (before.summary.length) return setProblems(before);
    const result = await create({ input: { agencyId: form.agencyId, name: form.teamName.trim() } });
    const problems = formProblems(result.error, { labels: { name: 'Team name', agencyId: 'Agency' }, byCode: { CONFLICT: 'teamName', NOT_FOUND: 'agencyId' } });
    if (result.error) return setProblems(renamed(problems, 'name', 'teamName'));
    setProblems(NO_PROBLEMS);
    setForm({ agencyId: form.agencyId, teamName: '' });
    const agency = agencies.find((a) => a.id === form.agencyId)?.name;
    onDone(`The team ${result.data!.createTeam.name} is added to ${agency}.`);
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Add a team</h2>
      <ErrorSummary problems={problems} />
      <Select
        name="agencyId"
        label="Agency"
        placeholder="Select the agency"
        problems={problems}
        value={form.agencyId}
        onChange={(agencyId) => setForm({ ...form, agencyId })}
        options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
      />
      <TextInput name="teamName" label="Team name" problems={problems} value={form.teamName} onChange={(teamName) => setForm({ ...form, teamName })} />
      <Button disabled={sent.fetching}>Add team</Button>
    </form>
  );
}

/** Moves a problem the API named by its field to this form's field of another name. */
function renamed(problems: ProblemList, from: string, to: string): ProblemList {
  const byField = { ...problems.byField };
  if (byField[from]) {
    byField[to] = byField[from];
    delete byField[from];
  }
  return { byField, summary: problems.summary.map((p) => (p.field === from ? { ...p, field: to } : p)) };
}
