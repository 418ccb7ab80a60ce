import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { Button, Checkboxes, ErrorSummary, Select, TextInput } from '../../components/forms';
import { formatDateTime, Guarded, Loading, SummaryList, Tag } from '../../components/display';
import {
  AdminDeactivateUserDocument,
  AdminReactivateUserDocument,
  AdminSetUserPasswordDocument,
  AdminUpdateUserDocument,
  AdminUserDocument,
  type AdminUserFragment,
  type Role,
} from '../../gql/graphql';
import { NO_PROBLEMS, type ProblemList } from '../../graphql/errors';
import { formProblems, inRoleOrder, missingFields, ROLE_LABELS, roleOptions } from './problems';
import { ADMIN, RoleScreen } from './role-screen';
import { USER_LABELS } from './create-user';

type Step = 'view' | 'confirm-deactivate';

/** One account: change its roles and team, reset its password, deactivate (after confirming) or reactivate it. */
export function UserPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: AdminUserDocument, variables: { id } });
  const [step, setStep] = useState<Step>('view');
  const [done, setDone] = useState('');
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [, deactivate] = useMutation(AdminDeactivateUserDocument);
  const [, reactivate] = useMutation(AdminReactivateUserDocument);
  const user = data?.user;

  const changeStatus = async (action: (variables: { id: string }) => Promise<{ error?: CombinedError }>, success: string) => {
    const result = await action({ id });
    setStep('view');
    if (result.error) return setProblems(formProblems(result.error));
    setProblems(NO_PROBLEMS);
    setDone(success);
  };

  if (user && step === 'confirm-deactivate')
    return (
      <>
        <ErrorSummary problems={problems} />
        <RoleScreen title={`Deactivate ${user.displayName}'s account?`} roles={ADMIN}>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              They are signed out at once and cannot sign in until the account is reactivated. Their records and audit trail are kept.
            </strong>
          </div>
          <div className="govuk-button-group">
            <Button
              type="button"
              warning
              onClick={() => void changeStatus(deactivate, `${user.displayName}'s account is deactivated. They can no longer sign in.`)}
            >
              Yes, deactivate the account
            </Button>
            <Button type="button" secondary onClick={() => setStep('view')}>
              No, keep it active
            </Button>
          </div>
        </RoleScreen>
      </>
    );

  return (
    <>
      <Link to="/admin/users" className="govuk-back-link">
        Back to users
      </Link>
      <ErrorSummary problems={problems} />
      <RoleScreen title={user?.displayName ?? 'User'} roles={ADMIN} error={error} success={done}>
        {fetching && !data && <Loading />}
        {user && data && (
          <>
            <SummaryList
              rows={[
                [
                  'Email address',
                  <Guarded record={user} field="email">
                    {user.email}
                  </Guarded>,
                ],
                ['Agency', user.agency.name],
                ['Team', data.teams.find((team) => team.id === user.teamId)?.name ?? 'No team'],
                ['Roles', user.roles.map((role) => ROLE_LABELS[role] ?? role).join(', ')],
                ['Status', user.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Deactivated</Tag>],
                [
                  'Last signed in',
                  <Guarded record={user} field="lastSignInAt" empty="Never">
                    {formatDateTime(user.lastSignInAt)}
                  </Guarded>,
                ],
              ]}
            />
            <RolesForm key={`${user.id}-${user.roles.join()}-${user.teamId}`} user={user} teams={data.teams} onDone={setDone} />
            <PasswordForm userId={user.id} displayName={user.displayName} onDone={setDone} />
            <h2 className="govuk-heading-m">Access</h2>
            {user.active ? (
              <Button type="button" warning onClick={() => setStep('confirm-deactivate')}>
                Deactivate account
              </Button>
            ) : (
              <Button type="button" onClick={() => void changeStatus(reactivate, `${user.displayName}'s account is active again. They can sign in.`)}>
                Reactivate account
              </Button>
            )}
          </>
        )}
      </RoleScreen>
    </>
  );
}

function RolesForm({
  user,
  teams,
  onDone,
}: {
  user: AdminUserFragment;
  teams: Array<{ id: string; agencyId: string; name: string }>;
  onDone: (message: string) => void;
}) {
  const [roles, setRoles] = useState<string[]>(user.roles);
  const [teamId, setTeamId] = useState(user.teamId ?? '');
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, update] = useMutation(AdminUpdateUserDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = missingFields({ roles: !roles.length && 'Select at least one role' });
    if (before.summary.length) return setProblems(before);
    const result = await update({ input: { id: user.id, roles: inRoleOrder(roles) as Role[], ...(teamId ? { teamId } : {}) } });
    if (result.error) return setProblems(formProblems(result.error, { labels: USER_LABELS }));
    setProblems(NO_PROBLEMS);
    onDone(
      `${user.displayName}'s roles are now: ${inRoleOrder(roles)
        .map((role) => ROLE_LABELS[role] ?? role)
        .join(', ')}.`,
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Roles and team</h2>
      <ErrorSummary problems={problems} />
      <Checkboxes name="roles" label={USER_LABELS.roles} problems={problems} values={roles} onChange={setRoles} options={roleOptions} />
      <Select
        name="teamId"
        label={USER_LABELS.teamId}
        placeholder="No team"
        problems={problems}
        value={teamId}
        onChange={setTeamId}
        options={teams.filter((team) => team.agencyId === user.agencyId).map((team) => ({ value: team.id, label: team.name }))}
      />
      <Button disabled={sent.fetching}>Save roles and team</Button>
    </form>
  );
}

function PasswordForm({ userId, displayName, onDone }: { userId: string; displayName: string; onDone: (message: string) => void }) {
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, setUserPassword] = useMutation(AdminSetUserPasswordDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = missingFields({ password: !password && 'Enter the new password' });
    if (before.summary.length) return setProblems(before);
    const result = await setUserPassword({ input: { userId, password } });
    if (result.error) return setProblems(formProblems(result.error, { labels: { password: 'New password' } }));
    setPassword('');
    setProblems(NO_PROBLEMS);
    onDone(`${displayName}'s password is reset and their sessions have ended. Give them the new password by a safe route.`);
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Reset password</h2>
      <ErrorSummary problems={problems} />
      <TextInput
        name="password"
        label="New password"
        hint="At least 12 characters. Their current sessions end at once."
        type="password"
        autoComplete="new-password"
        problems={problems}
        value={password}
        onChange={setPassword}
      />
      <Button disabled={sent.fetching}>Reset password</Button>
    </form>
  );
}
