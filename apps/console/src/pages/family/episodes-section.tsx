import { formatDate, humanise, Tag } from '../../components/display';
import type { FamilyJourneyQuery } from '../../gql/graphql';
import { levelName, nameOf, PersonNames } from './journey';

type Episode = FamilyJourneyQuery['family']['episodes'][number];

const TRANSITION_WORDS = { OPEN: 'Opened', STEP_UP: 'Stepped up', STEP_DOWN: 'Stepped down', CLOSE: 'Closed' } as const;

/** Each child's episodes (Early Help, CIN, CP, care), newest first, with every transition. */
export function EpisodesSection({ episodes, names }: { episodes: Episode[]; names: PersonNames }) {
  const byChild = new Map<string, Episode[]>();
  for (const episode of episodes) byChild.set(episode.childId, [...(byChild.get(episode.childId) ?? []), episode]);
  return (
    <section aria-labelledby="episodes">
      <h2 className="govuk-heading-l" id="episodes">
        Episodes
      </h2>
      {!episodes.length && <p className="govuk-body">No child has an episode recorded.</p>}
      {[...byChild.entries()].map(([childId, childEpisodes]) => (
        <div key={childId}>
          <h3 className="govuk-heading-m">
            {nameOf(names, childId)} ({childEpisodes.length} {childEpisodes.length === 1 ? 'episode' : 'episodes'})
          </h3>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Episodes of {nameOf(names, childId)}, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['Open', 'Level', 'Closed', 'Transitions'].map((label) => (
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
