import { FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Button, ErrorSummary, Select, TextInput } from '../../components/forms';
import { formatDateTime, Loading, Table } from '../../components/display';
import { ManageAuditActorsDocument, ManageAuditEventsDocument } from '../../gql/graphql';
import { NO_PROBLEMS } from '../../graphql/errors';
import { formProblems } from '../admin/problems';
import { RoleScreen } from '../admin/role-screen';

const FILTERS = ['action', 'subjectType', 'subjectId', 'actorUserId'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;
const LABELS = { action: 'Action', subjectType: 'Kind of record', subjectId: 'Record id', actorUserId: 'Who' };

/**
 * The audit trail, newest first: managers see what their agency's staff did, administrators all of
 * it. The filters live in the address, so a filtered trail can be bookmarked or sent on.
 */
export function AuditTrailPage() {
  const [params, setParams] = useSearchParams();
  const applied: Filters = {
    action: params.get('action') ?? '',
    subjectType: params.get('subjectType') ?? '',
    subjectId: params.get('subjectId') ?? '',
    actorUserId: params.get('actorUserId') ?? '',
  };
  const [form, setForm] = useState<Filters>(applied);
  const [cursors, setCursors] = useState<string[]>([]);
  const variables = { ...Object.fromEntries(FILTERS.filter((f) => applied[f]).map((f) => [f, applied[f]])), after: cursors[cursors.length - 1] };
  const [{ data, error, fetching }] = useQuery({ query: ManageAuditEventsDocument, variables, requestPolicy: 'cache-and-network' });
  const [{ data: actors }] = useQuery({ query: ManageAuditActorsDocument });
  const problems = error?.graphQLErrors[0]?.extensions?.code === 'BAD_USER_INPUT' ? formProblems(error, { labels: LABELS }) : NO_PROBLEMS;
  const events = data?.auditEvents.nodes ?? [];

  const filter = (event: FormEvent) => {
    event.preventDefault();
    setCursors([]);
    setParams(Object.fromEntries(FILTERS.filter((f) => form[f].trim()).map((f) => [f, form[f].trim()])));
  };
  const set = (field: keyof Filters) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  return (
    <>
      <ErrorSummary problems={problems} />
      <RoleScreen title="Audit trail" roles={['MANAGER', 'ADMIN']} error={problems.summary.length ? undefined : error}>
        <p className="govuk-body">Who did what to which record, when, from where and why, newest first. Reads of people&apos;s records are here too.</p>
        <form onSubmit={filter} noValidate className="wm-filters">
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-quarter">
              <TextInput
                name="action"
                label={LABELS.action}
                hint="Exactly, e.g. person.read"
                problems={problems}
                value={form.action}
                onChange={set('action')}
              />
            </div>
            <div className="govuk-grid-column-one-quarter">
              <TextInput
                name="subjectType"
                label={LABELS.subjectType}
                hint="e.g. Person, Family, User"
                problems={problems}
                value={form.subjectType}
                onChange={set('subjectType')}
              />
            </div>
            <div className="govuk-grid-column-one-quarter">
              <TextInput
                name="subjectId"
                label={LABELS.subjectId}
                hint="The record's id"
                problems={problems}
                value={form.subjectId}
                onChange={set('subjectId')}
              />
            </div>
            <div className="govuk-grid-column-one-quarter">
              <Select
                name="actorUserId"
                label={LABELS.actorUserId}
                hint="Whose actions"
                placeholder="Anyone"
                problems={problems}
                value={form.actorUserId}
                onChange={set('actorUserId')}
                options={(actors?.users.nodes ?? []).map((user) => ({ value: user.id, label: user.displayName }))}
              />
            </div>
          </div>
          <Button secondary>Filter the trail</Button>
        </form>
        {fetching && !data && <Loading />}
        {data && (
          <>
            <Table
              caption={`${events.length ? `Events ${cursors.length * 25 + 1} to ${cursors.length * 25 + events.length}` : 'No events'}${
                FILTERS.some((f) => applied[f]) ? ' matching the filters' : ''
              }`}
              head={['When', 'Who', 'Action', 'Record', 'Reason', 'From']}
              rows={events.map((event) => [
                formatDateTime(event.occurredAt),
                event.actor?.displayName ?? 'Waymark',
                <code>{event.action}</code>,
                `${event.subjectType}${event.subjectId ? ` ${event.subjectId}` : ''}`,
                event.reason ?? '',
                event.clientAddress ?? '',
              ])}
            />
            <div className="govuk-button-group">
              {cursors.length > 0 && (
                <Button type="button" secondary onClick={() => setCursors(cursors.slice(0, -1))}>
                  Previous page
                </Button>
              )}
              {data.auditEvents.pageInfo.hasNextPage && data.auditEvents.pageInfo.endCursor && (
                <Button type="button" secondary onClick={() => setCursors([...cursors, data.auditEvents.pageInfo.endCursor!])}>
                  Next page
                </Button>
              )}
            </div>
          </>
        )}
      </RoleScreen>
    </>
  );
}
