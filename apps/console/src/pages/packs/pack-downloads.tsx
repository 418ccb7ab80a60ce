import { useState } from 'react';
import { Button } from '../../components/forms';
import type { MeetingPreparationQuery } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { downloadFile } from '../../graphql/download';

type Meeting = MeetingPreparationQuery['meeting'];
const ATTENDING = ['AGENCY_REPRESENTATIVE', 'PERPETRATOR_WORKER', 'DVA_SPECIALIST'];

/**
 * The meeting's PDF documents: whoever runs or chairs it downloads each invited agency's pack (and,
 * once held, its minutes); an invited agency's attending staff download their own agency's.
 */
export function PackDownloads({ meeting }: { meeting: Meeting }) {
  const { session, accessToken } = useSession();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!session || meeting.status === 'CANCELLED') return null;
  const user = session.user;
  const runsIt = (user.roles.includes('MARAC_COORDINATOR') && user.agencyId === meeting.organisingAgency.id) || user.id === meeting.chair.id;
  const mine = meeting.agencies.find((a) => a.agencyId === user.agencyId && user.roles.some((r) => ATTENDING.includes(r)));
  const agencies = runsIt ? meeting.agencies : mine ? [mine] : [];
  if (!agencies.length) return null;
  const held = meeting.status === 'HELD';
  const get = async (kind: 'pack' | 'minutes', agencyId: string) => {
    setBusy(true);
    try {
      const result = await downloadFile(`/exports/meetings/${meeting.id}/${kind}.pdf?agencyId=${agencyId}`, accessToken(), 'waymark.pdf');
      setProblem('saved' in result ? undefined : (result.error?.message ?? 'The document could not be made. Try again in a moment.'));
    } catch {
      setProblem('Waymark cannot be reached just now. Check your connection and try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="pack-downloads">
      <h2 className="govuk-heading-m" id="pack-downloads">
        Meeting packs and minutes
      </h2>
      <p className="govuk-body">Each agency's documents show only what its representatives may see. They are marked sensitive; every download is recorded.</p>
      {problem && (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">The document was not made</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{problem}</p>
          </div>
        </div>
      )}
      {runsIt ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Documents per invited agency</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Agency
              </th>
              <th scope="col" className="govuk-table__header">
                Documents
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {agencies.map((a) => (
              <tr className="govuk-table__row" key={a.agencyId}>
                <td className="govuk-table__cell">{a.agency.name}</td>
                <td className="govuk-table__cell">
                  <div className="govuk-button-group">
                    <Button secondary type="button" disabled={busy} onClick={() => get('pack', a.agencyId)}>
                      Download pack<span className="govuk-visually-hidden"> for {a.agency.name}</span>
                    </Button>
                    {held && (
                      <Button secondary type="button" disabled={busy} onClick={() => get('minutes', a.agencyId)}>
                        Download minutes<span className="govuk-visually-hidden"> for {a.agency.name}</span>
                      </Button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="govuk-button-group">
          <Button secondary type="button" disabled={busy} onClick={() => get('pack', agencies[0].agencyId)}>
            Download my agency's pack
          </Button>
          {held && (
            <Button secondary type="button" disabled={busy} onClick={() => get('minutes', agencies[0].agencyId)}>
              Download minutes
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
