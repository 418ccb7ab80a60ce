import { formatDate, Guarded, Tag } from '../../components/display';
import type { FamilyRecordQuery } from '../../gql/graphql';

type Member = FamilyRecordQuery['family']['members'][number];

/** Everyone who has been a member: current members first, then past members with when they left. */
export function MembersSection({ members }: { members: Member[] }) {
  const current = members.filter((member) => !member.leftOn);
  const past = members.filter((member) => member.leftOn);
  return (
    <section aria-labelledby="members">
      <h2 className="govuk-heading-l" id="members">
        Members
      </h2>
      <MemberTable caption={`Current members (${current.length})`} members={current} />
      {past.length ? <MemberTable caption={`Past members (${past.length})`} members={past} /> : <p className="govuk-body">No one has left the family.</p>}
    </section>
  );
}

function MemberTable({ caption, members }: { caption: string; members: Member[] }) {
  if (!members.length) return <p className="govuk-body">{caption.replace(/ \(0\)$/, '')}: none.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {['Name', 'Adult or child', 'Date of birth', 'Joined', 'Left', 'Confidential address', 'Safe contact'].map((label) => (
            <th scope="col" className="govuk-table__header" key={label}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {members.map((member) => {
          const person = member.person;
          return (
            <tr className="govuk-table__row" key={member.id}>
              <th scope="row" className="govuk-table__header">
                {person ? `${person.givenName} ${person.familyName}` : <span className="wm-not-shown">Someone you may not see</span>}
                {person?.interpreterNeeded && (
                  <>
                    {' '}
                    <Tag colour="yellow">Interpreter{person.firstLanguage ? `: ${person.firstLanguage}` : ''}</Tag>
                  </>
                )}
              </th>
              <td className="govuk-table__cell">{member.kind === 'CHILD' ? 'Child' : 'Adult'}</td>
              <td className="govuk-table__cell">
                {person?.dateOfBirth ? formatDate(person.dateOfBirth) : person?.expectedDateOfBirth ? `Expected ${formatDate(person.expectedDateOfBirth)}` : ''}
              </td>
              <td className="govuk-table__cell">{formatDate(member.joinedOn)}</td>
              <td className="govuk-table__cell">{member.leftOn ? formatDate(member.leftOn) : 'Still a member'}</td>
              <td className="govuk-table__cell">
                {person && (
                  <Guarded record={person} field="confidentialAddress">
                    {person.confidentialAddress}
                  </Guarded>
                )}
              </td>
              <td className="govuk-table__cell">
                {person && (
                  <Guarded record={person} field="safeContactDetails">
                    {person.safeContactDetails}
                  </Guarded>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
