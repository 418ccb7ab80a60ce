import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { Loading, Problem } from '../../components/display';
import { FamilyJourneyDocument, FamilyRecordDocument } from '../../gql/graphql';
import { FamilyRecordsSection, RecordTasks } from '../practitioner/family-records-section';
import { RecordedBanner } from '../practitioner/recording';
import { EpisodesSection } from './episodes-section';
import { JourneySection } from './journey-section';
import { personNames } from './journey';
import { MeetingsSection } from './meetings-section';
import { MembersSection } from './members-section';
import { ReferralsSection } from './referrals-section';
import { RelationshipsSection } from './relationships-section';
import { SignalsSection } from './signals-section';
import { TimelineSection } from './timeline-section';
import { SafetyPlansSection } from '../safety-plans/safety-plans-section';
import { PerpetratorRiskViewsSection } from '../programme/risk-views-section';

const CONTENTS = [
  ['signals', 'Risk signals'],
  ['members', 'Members'],
  ['relationships', 'Relationships'],
  ['practitioner-records', 'Harm, assessments and circumstances'],
  ['journey', 'Journey'],
  ['episodes', 'Episodes'],
  ['referrals', 'Referrals'],
  ['meetings', 'Meetings'],
  ['timeline', 'Timeline'],
] as const;

/** The family record: who is in the family, what has happened to each child, and who is involved. */
export function FamilyPage() {
  const { id = '' } = useParams();
  const [record] = useQuery({ query: FamilyRecordDocument, variables: { id } });
  const [journey] = useQuery({ query: FamilyJourneyDocument, variables: { id } });
  const family = record.data?.family;
  const names = useMemo(() => personNames(family), [family]);
  // A long-known family's journey takes a while to draw (1,300 events: most of a second). It is drawn
  // just after the rest of the page, so the sections below have sent their queries first and their
  // answers arrive while it is drawn, instead of after it.
  const [drawJourney, setDrawJourney] = useState(false);
  useEffect(() => {
    if (family) setDrawJourney(true);
  }, [family]);

  if (record.error) {
    const code = record.error.graphQLErrors[0]?.extensions?.code;
    return (
      <>
        <h1 className="govuk-heading-l">Family record</h1>
        <Problem title={code === 'FORBIDDEN' ? 'You cannot open this family' : code === 'NOT_FOUND' ? 'Family not found' : 'There is a problem'}>
          {record.error.graphQLErrors[0]?.message ?? 'The family record could not be loaded. Try again in a moment.'}
        </Problem>
      </>
    );
  }
  if (!family) return <Loading />;
  return (
    <>
      <RecordedBanner />
      <span className="govuk-caption-l">Family record</span>
      <h1 className="govuk-heading-xl">{family.name}</h1>
      <nav aria-labelledby="family-contents" className="govuk-!-margin-bottom-8">
        <h2 className="govuk-heading-s" id="family-contents">
          Contents
        </h2>
        <ul className="govuk-list wm-family-contents">
          {CONTENTS.map(([anchor, label]) => (
            <li key={anchor}>
              <a className="govuk-link" href={`#${anchor}`}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <RecordTasks familyId={family.id} />
      <SignalsSection familyId={family.id} />
      <MembersSection members={family.members} />
      <SafetyPlansSection familyId={family.id} />
      <RelationshipsSection relationships={family.relationships} names={names} />
      <FamilyRecordsSection familyId={family.id} names={names} />
      {journey.error && <Problem title="The journey could not be shown">{journey.error.graphQLErrors[0]?.message ?? 'Try again in a moment.'}</Problem>}
      {journey.data && drawJourney ? (
        <>
          <JourneySection journey={journey.data.family} record={family} />
          <EpisodesSection familyId={family.id} episodes={journey.data.family.episodes} names={names} />
        </>
      ) : (
        !journey.error && <Loading />
      )}
      <ReferralsSection familyId={family.id} names={names} />
      <PerpetratorRiskViewsSection familyId={family.id} names={names} />
      {journey.data && <MeetingsSection items={journey.data.family.meetingItems} />}
      <TimelineSection familyId={family.id} />
    </>
  );
}
