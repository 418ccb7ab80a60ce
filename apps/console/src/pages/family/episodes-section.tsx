import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, humanise, Tag } from '../../components/display';
import { FamilyEpisodeProposalsDocument, type FamilyEpisodeProposalsQuery, type FamilyJourneyQuery } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { changeWords } from '../episodes/episode-labels';
import { levelName, nameOf, PersonNames } from './journey';

type Episode = FamilyJourneyQuery['family']['episodes'][number];

const TRANSITION_WORDS = { OPEN: 'Opened', STEP_UP: 'Stepped up', STEP_DOWN: 'Stepped down', CLOSE: 'Closed' } as const;

type Proposal = FamilyEpisodeProposalsQuery['family']['episodes'][number]['proposals'][number];

/** Those who work on families change episodes; the API still decides, family by family. */
const CHANGES_EPISODES = ['CASE_PRACTITIONER', 'DVA_SPECIALIST'];

/**
 * Each child's episodes (Early Help, CIN, CP, care), newest first, with every transition; for those
 * who work on the family, the links to open, step up, step down and close, and each episode's latest
 * proposal for a manager's approval.
 */
export function EpisodesSection({ familyId, episodes, names }: { familyId: string; episodes: Episode[]; names: PersonNames }) {
  const { session } = useSession();
  const changes = !!session?.user.roles.some((role) => CHANGES_EPISODES.includes(role));
  const [{ data }] = useQuery({ query: FamilyEpisodeProposalsDocument, variables: { id: familyId } });
  const latestProposal = new Map<string, Proposal>();
  for (const episode of data?.family.episodes ?? []) if (episode.proposals[0]) latestProposal.set(episode.id, episode.proposals[0]);
  const byChild = new Map<string, Episode[]>();
  for (const episode of episodes) byChild.set(episode.childId, [...(byChild.get(episode.childId) ?? []), episode]);
  return (
    <section aria-labelledby="episodes">
      <h2 className="govuk-heading-l" id="episodes">
        Episodes
      </h2>
      {!episodes.length && <p className="govuk-body">No child has an episode recorded.</p>}
      {changes && (
        <p className="govuk-body">
          <Link to={`/families/${familyId}/episodes/new`} className="govuk-link">
            Open an episode
          </Link>
        </p>
      )}
      {[...byChild.entries()].map(([childId, childEpisodes]) => (
        <div key={childId}>
          <h3 className="govuk-heading-m">
            {nameOf(names, childId)} ({childEpisodes.length} {childEpisodes.length === 1 ? 'episode' : 'episodes'})
          </h3>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Episodes of {nameOf(names, childId)}, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['Open', 'Level', 'Closed', 'Transitions', 'Changes'].map((label) => (
                  <th scope="col" className="govuk-table__header" key={label}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {[...childEpisodes].reverse().map((episode) => (
                <tr className="govuk-table__row" key={episode.id}>
                  <td className="govuk-table__cell">{formatDate(episode.openedOn)}</td>
                  <td className="govuk-table__cell">
                    {levelName(episode.level)} {!episode.closedOn && <Tag colour="green">Open</Tag>}
                  </td>
                  <td className="govuk-table__cell">
                    {episode.closedOn
                      ? `${formatDate(episode.closedOn)}${episode.closureReason ? ` (${episode.closureReason}${episode.closureSubReason ? `, ${humanise(episode.closureSubReason).toLowerCase()}` : ''})` : ''}`
                      : 'Still open'}
                  </td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list govuk-!-margin-0">
                      {episode.transitions.map((step) => (
                        <li key={step.id}>
                          {formatDate(step.occurredOn)}: {TRANSITION_WORDS[step.kind]}
                          {step.kind === 'STEP_UP' || step.kind === 'STEP_DOWN' ? ` to ${levelName(step.toLevel)}` : ''}
                          {step.reason ? `: ${step.reason}` : ''}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="govuk-table__cell">
                    <EpisodeChanges
                      familyId={familyId}
                      episode={episode}
                      childName={nameOf(names, childId)}
                      proposal={latestProposal.get(episode.id)}
                      changes={changes}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

const PROPOSAL_WORDS = { WAITING: 'waiting on a manager', APPROVED: 'approved', RETURNED: 'returned' } as const;

/** The episode's latest proposal, and (while it is open) the links to change it. */
function EpisodeChanges({
  familyId,
  episode,
  childName,
  proposal,
  changes,
}: {
  familyId: string;
  episode: Episode;
  childName: string;
  proposal?: Proposal;
  changes: boolean;
}) {
  const links: Array<[string, string]> = [
    ['step-up', 'Step up'],
    ['step-down', 'Step down'],
    ['close', 'Close'],
  ];
  return (
    <>
      {proposal && (
        <p className="govuk-body-s govuk-!-margin-bottom-1">
          <Link to={`/proposals/${proposal.id}`} className="govuk-link">
            {changeWords(proposal.kind, proposal.toLevel)} proposed {formatDate(proposal.proposedAt)}
            <span className="govuk-visually-hidden"> for {childName}</span>
          </Link>
          : {PROPOSAL_WORDS[proposal.status]}
          {proposal.status === 'RETURNED' && proposal.decisionNote ? ` (${proposal.decisionNote})` : ''}
        </p>
      )}
      {changes && !episode.closedOn && proposal?.status !== 'WAITING' && (
        <ul className="govuk-list govuk-!-margin-0">
          {links.map(([path, label]) => (
            <li key={path}>
              <Link to={`/families/${familyId}/episodes/${episode.id}/${path}`} className="govuk-link">
                {label}
                <span className="govuk-visually-hidden"> {childName}&apos;s episode</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
