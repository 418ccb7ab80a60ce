import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, ErrorSummary, Select } from '../../components/forms';
import { Loading, SummaryList } from '../../components/display';
import { ManageAllocateFamilyDocument, ManageAllocationOptionsDocument, ManageFamilyDocument } from '../../gql/graphql';
import { NO_PROBLEMS, type ProblemList } from '../../graphql/errors';
import { formProblems, missingFields } from '../admin/problems';
import { MANAGER, RoleScreen } from '../admin/role-screen';
import { allocationWords, currentAllocations } from './allocation-labels';

const LABELS = { userId: 'Practitioner', teamId: 'Team' };

/** Allocate one family to a case practitioner, a team, or both. */
export function AllocateFamilyPage() {
  const { familyId = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: ManageFamilyDocument, variables: { id: familyId } });
  const agencyId = data?.family.agencyId ?? '';
  const [{ data: options }] = useQuery({ query: ManageAllocationOptionsDocument, variables: { agencyId }, pause: !agencyId });
  const [form, setForm] = useState({ userId: '', teamId: '' });
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, allocate] = useMutation(ManageAllocateFamilyDocument);
  const users = options?.users.nodes ?? [];
  const teams = options?.teams ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = missingFields({ userId: !form.userId && !form.teamId && 'Select a practitioner, a team, or both' });
    if (before.summary.length) return setProblems(before);
    const result = await allocate({ input: { familyId, userId: form.userId || undefined, teamId: form.teamId || undefined } });
    if (result.error) return setProblems(formProblems(result.error, { labels: LABELS }));
    const words = allocationWords(result.data!.allocateFamily, users, teams);
    navigate('/manage/allocation', { state: { success: `The ${data!.family.name} is allocated to ${words}.` } });
  };

  return (
    <>
      <Link to="/manage/allocation" className="govuk-back-link">
        Back to allocation
      </Link>
      <ErrorSummary problems={problems} />
      <RoleScreen title={data ? `Allocate the ${data.family.name}` : 'Allocate a family'} roles={MANAGER} error={error}>
        {!data || !options ? (
          !error && <Loading />
        ) : (
          <>
            <SummaryList
              rows={[
                [
                  'Allocated now',
                  currentAllocations(data.family.allocations)
                    .map((a) => allocationWords(a, users, teams))
                    .join('; ') || 'Not allocated',
                ],
              ]}
            />
            <form onSubmit={submit} noValidate>
              <Select
                name="userId"
                label={LABELS.userId}
                hint="Case practitioners in your agency. They can then work on the family's record."
                placeholder="No practitioner"
                problems={problems}
                value={form.userId}
                onChange={(userId) => setForm({ ...form, userId })}
                options={users.map((user) => ({ value: user.id, label: user.displayName }))}
              />
              <Select
                name="teamId"
                label={LABELS.teamId}
                hint="Everyone in the team can then see the family."
                placeholder="No team"
                problems={problems}
                value={form.teamId}
                onChange={(teamId) => setForm({ ...form, teamId })}
                options={teams.map((team) => ({ value: team.id, label: team.name }))}
              />
              <Button disabled={sent.fetching}>Allocate family</Button>
            </form>
          </>
        )}
      </RoleScreen>
    </>
  );
}
