import { useQuery } from 'urql';
import { Button } from '../../components/forms';
import { Loading, SummaryList, Tag } from '../../components/display';
import { AdminAuditChainStatusDocument } from '../../gql/graphql';
import { ADMIN, RoleScreen } from './role-screen';

/** Recomputes the audit trail's hash chain: intact, or where it was first broken. */
export function AuditChainPage() {
  const [{ data, error, fetching }, check] = useQuery({ query: AdminAuditChainStatusDocument, requestPolicy: 'network-only' });
  const status = data?.auditChainStatus;
  return (
    <RoleScreen title="Audit-chain status" roles={ADMIN} error={error}>
      <p className="govuk-body">
        Every event in the audit trail is linked to the one before by a hash. Checking recomputes the whole chain: any event altered, removed or re-linked
        breaks it. It is also checked every night, and administrators are told if it is broken.
      </p>
      {fetching && <Loading />}
      {status && !fetching && (
        <>
          <SummaryList
            rows={[
              ['Status', status.intact ? <Tag colour="green">Intact</Tag> : <Tag colour="red">Broken</Tag>],
              ['Events checked', status.eventsChecked.toLocaleString('en-GB')],
              ...(status.intact
                ? []
                : ([
                    ['First broken event', status.firstBrokenEventId ?? 'Not known'],
                    ['Problem', status.problem ?? ''],
                  ] as Array<[string, string]>)),
            ]}
          />
          {!status.intact && (
            <p className="govuk-body govuk-!-font-weight-bold">Do not rely on the trail until this is investigated, and keep this evidence.</p>
          )}
        </>
      )}
      <Button type="button" secondary disabled={fetching} onClick={() => check({ requestPolicy: 'network-only' })}>
        Check again
      </Button>
    </RoleScreen>
  );
}
