import { FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, Checkboxes, ErrorSummary, Select, TextInput } from '../../components/forms';
import { Loading } from '../../components/display';
import { AdminAgenciesAndTeamsDocument, AdminCreateUserDocument, type Role } from '../../gql/graphql';
import { NO_PROBLEMS, type ProblemList } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';
import { formProblems, inRoleOrder, missingFields, roleOptions } from './problems';
import { ADMIN, RoleScreen } from './role-screen';

const BLANK = { email: '', displayName: '', agencyId: '', teamId: '', roles: [] as string[], password: '' };

export const USER_LABELS = { email: 'Email address', displayName: 'Full name', agencyId: 'Agency', teamId: 'Team', roles: 'Roles', password: 'Password' };

/** A new account: who, which agency (and team), which roles, and a first password to pass on safely. */
export function CreateUserPage() {
  const navigate = useNavigate();
  const [{ data, error, fetching }] = useQuery({ query: AdminAgenciesAndTeamsDocument });
  const [form, setForm, discard] = useDraft('admin-create-user', BLANK);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, createUser] = useMutation(AdminCreateUserDocument);
  const set = (field: keyof typeof BLANK) => (value: string | string[]) =>
    setForm((current) => ({ ...current, [field]: value, ...(field === 'agencyId' ? { teamId: '' } : {}) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = missingFields({
      email: !form.email.trim() && 'Enter their email address',
      displayName: !form.displayName.trim() && 'Enter their full name',
      agencyId: !form.agencyId && 'Select the agency they work for',
      roles: !form.roles.length && 'Select at least one role',
      password: !form.password && 'Enter a first password for them',
    });
    if (before.summary.length) return setProblems(before);
    const result = await createUser({
      input: {
        email: form.email.trim(),
        displayName: form.displayName.trim(),
        agencyId: form.agencyId,
        teamId: form.teamId || undefined,
        roles: inRoleOrder(form.roles) as Role[],
        password: form.password,
      },
    });
    if (result.error) return setProblems(formProblems(result.error, { labels: USER_LABELS, byCode: { CONFLICT: 'email' } }));
    discard();
    const user = result.data!.createUser;
    navigate(`/admin/users/${user.id}`, { state: { success: `Account created for ${user.displayName}. Give them their password by a safe route.` } });
  };

  const teams = (data?.teams ?? []).filter((team) => team.agencyId === form.agencyId);
  return (
    <>
      <Link to="/admin/users" className="govuk-back-link">
        Back to users
      </Link>
      <ErrorSummary problems={problems} />
      <RoleScreen title="Create a user" roles={ADMIN} error={error}>
        {fetching && !data && <Loading />}
        {data && (
          <form onSubmit={submit} noValidate>
            <TextInput name="email" label={USER_LABELS.email} type="email" autoComplete="off" problems={problems} value={form.email} onChange={set('email')} />
            <TextInput name="displayName" label={USER_LABELS.displayName} problems={problems} value={form.displayName} onChange={set('displayName')} />
            <Select
              name="agencyId"
              label={USER_LABELS.agencyId}
              placeholder="Select the agency"
              problems={problems}
              value={form.agencyId}
              onChange={set('agencyId')}
              options={data.agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
            />
            <Select
              name="teamId"
              label={`${USER_LABELS.teamId} (optional)`}
              hint="A team's members see the families allocated to the team."
              placeholder={teams.length ? 'No team' : 'The agency has no teams'}
              problems={problems}
              value={form.teamId}
              onChange={set('teamId')}
              options={teams.map((team) => ({ value: team.id, label: team.name }))}
            />
            <Checkboxes name="roles" label={USER_LABELS.roles} problems={problems} values={form.roles} onChange={set('roles')} options={roleOptions} />
            <TextInput
              name="password"
              label={USER_LABELS.password}
              hint="At least 12 characters. They should change it after signing in."
              type="password"
              autoComplete="new-password"
              problems={problems}
              value={form.password}
              onChange={set('password')}
            />
            <Button disabled={sent.fetching}>Create user</Button>
          </form>
        )}
      </RoleScreen>
    </>
  );
}
