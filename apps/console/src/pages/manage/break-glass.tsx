import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, Checkboxes, ErrorSummary, Radios, Textarea, TextInput } from '../../components/forms';
import { formatDateTime, Loading, Table, Tag } from '../../components/display';
import { ManageBreakGlassGrantsDocument, ManageRequestBreakGlassDocument, type BreakGlassSubjectType } from '../../gql/graphql';
import { NO_PROBLEMS, type ProblemList } from '../../graphql/errors';
import { useSession } from '../../session/session';
import { formProblems, missingFields } from '../admin/problems';
import { RoleScreen } from '../admin/role-screen';

/** Everyone who works on cases may ask; administrators and analysts see no case records (as the API says). */
const MAY_REQUEST = ['MARAC_COORDINATOR', 'MEETING_CHAIR', 'AGENCY_REPRESENTATIVE', 'DVA_SPECIALIST', 'CASE_PRACTITIONER', 'PERPETRATOR_WORKER', 'MANAGER'];
const LABELS = { subjectType: 'Record', subjectId: 'Record id', reason: 'Why you need it now' };

/**
 * Break-glass access: managers see the grants to their agency's staff (who, which record, why, until
 * when); anyone who works on cases sees their own and may ask for one.
 */
export function BreakGlassPage() {
  const roles = useSession().session?.user.roles ?? [];
  const manager = roles.includes('MANAGER');
  const [activeOnly, setActiveOnly] = useState<string[]>([]);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ManageBreakGlassGrantsDocument,
    variables: { activeOnly: activeOnly.length > 0 },
    requestPolicy: 'cache-and-network',
  });
  const [done, setDone] = useState('');
  const grants = data?.breakGlassGrants.nodes ?? [];
  return (
    <RoleScreen title="Break-glass access" roles={MAY_REQUEST} error={error} success={done}>
      <p className="govuk-body">
        Break-glass opens one record outside your normal work for a limited time, with a reason. Every grant is audited and reported to the managers of the
        person who asked.
      </p>
      <Checkboxes
        name="activeOnly"
        label="Show"
        problems={NO_PROBLEMS}
        values={activeOnly}
        onChange={setActiveOnly}
        options={[{ value: 'yes', label: 'Only grants that have not expired' }]}
      />
      {fetching && !data && <Loading />}
      {data && (
        <Table
          caption={`${manager ? "Grants to your agency's staff" : 'Your grants'}: ${grants.length}`}
          head={['Who', 'Record', 'Reason', 'Granted', 'Until', 'Status']}
          rows={grants.map((grant) => [
            grant.user.displayName,
            <Link className="govuk-link" to={grant.subjectType === 'FAMILY' ? `/families/${grant.subjectId}` : `/manage/audit?subjectId=${grant.subjectId}`}>
              {grant.subjectType === 'FAMILY' ? 'Family' : 'Person'} {grant.subjectId.slice(0, 8)}
              <span className="govuk-visually-hidden"> (full id {grant.subjectId})</span>
            </Link>,
            grant.reason,
            formatDateTime(grant.grantedAt),
            formatDateTime(grant.expiresAt),
            grant.active ? <Tag colour="yellow">Active</Tag> : <Tag colour="grey">Expired</Tag>,
          ])}
        />
      )}
      <RequestForm
        onDone={(message) => {
          setDone(message);
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    </RoleScreen>
  );
}

function RequestForm({ onDone }: { onDone: (message: string) => void }) {
  const [form, setForm] = useState({ subjectType: '', subjectId: '', reason: '' });
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, request] = useMutation(ManageRequestBreakGlassDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = missingFields({
      subjectType: !form.subjectType && 'Select whether you need a family or a person',
      subjectId: !form.subjectId.trim() && "Enter the record's id",
      reason: !form.reason.trim() && 'Say why you need this record now',
    });
    if (before.summary.length) return setProblems(before);
    const result = await request({
      input: { subjectType: form.subjectType as BreakGlassSubjectType, subjectId: form.subjectId.trim(), reason: form.reason.trim() },
    });
    if (result.error) return setProblems(formProblems(result.error, { labels: LABELS, byCode: { NOT_FOUND: 'subjectId' } }));
    setProblems(NO_PROBLEMS);
    setForm({ subjectType: '', subjectId: '', reason: '' });
    onDone(`Access granted until ${formatDateTime(result.data!.requestBreakGlassAccess.expiresAt)}. Your managers can see the grant and your reason.`);
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Ask for break-glass access</h2>
      <ErrorSummary problems={problems} />
      <Radios
        name="subjectType"
        label={LABELS.subjectType}
        inline
        problems={problems}
        value={form.subjectType}
        onChange={(subjectType) => setForm({ ...form, subjectType })}
        options={[
          { value: 'FAMILY', label: 'A family' },
          { value: 'PERSON', label: 'A person' },
        ]}
      />
      <TextInput
        name="subjectId"
        label={LABELS.subjectId}
        problems={problems}
        value={form.subjectId}
        onChange={(subjectId) => setForm({ ...form, subjectId })}
      />
      <Textarea
        name="reason"
        label={LABELS.reason}
        hint="At least 20 characters. Your managers see it."
        problems={problems}
        value={form.reason}
        onChange={(reason) => setForm({ ...form, reason })}
      />
      <Button disabled={sent.fetching}>Ask for access</Button>
    </form>
  );
}
