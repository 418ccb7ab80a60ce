import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { Button, ErrorSummary, Radios, TextInput } from '../../components/forms';
import { NO_PROBLEMS, problemsOf, ProblemList } from '../../graphql/errors';
import { RecordMeetingAttendanceDocument } from '../../gql/graphql';
import { useDraft } from '../../session/drafts';
import { LiveMeeting, remapProblems } from './model';

type Row = { attended: '' | 'yes' | 'no'; representativeName: string; informationSent?: '' | 'yes' | 'no' };

/** Which invited agencies came, and who represented each: recording again replaces the last answer. */
export function AttendanceForm({ meeting, onSaved }: { meeting: LiveMeeting; onSaved: (message: string) => void }) {
  const recorded: Row[] = meeting.agencies.map((a) => ({
    attended: a.attended === null ? '' : a.attended ? 'yes' : 'no',
    representativeName: a.representativeName ?? '',
    informationSent: a.informationSent === null ? '' : a.informationSent ? 'yes' : 'no',
  }));
  const [rows, setRows, discard] = useDraft<Row[]>(`meeting:${meeting.id}:attendance`, recorded);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [{ fetching }, record] = useMutation(RecordMeetingAttendanceDocument);
  const change = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const sent = rows.flatMap((row, index) => (row.attended ? [index] : []));
    const attendance = sent.map((index) => {
      const row = rows[index];
      const attended = row.attended === 'yes';
      // Apologies: whether the absent agency sent its information (its research) all the same.
      const informationSent = !attended && row.informationSent ? row.informationSent === 'yes' : undefined;
      return {
        agencyId: meeting.agencies[index].agencyId,
        attended,
        representativeName: attended ? row.representativeName.trim() || null : null,
        informationSent,
      };
    });
    const result = await record({ input: { meetingId: meeting.id, attendance } });
    if (result.error) return setProblems(remapProblems(problemsOf(result.error), 'attendance', sent));
    setProblems(NO_PROBLEMS);
    discard();
    onSaved('Attendance recorded.');
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <h2 className="govuk-heading-l">Attendance</h2>
      <p className="govuk-body">For each agency invited: did it attend, and who represented it?</p>
      {meeting.agencies.map((agency, index) => (
        <div className="wm-attendance-row" key={agency.agencyId}>
          <h3 className="govuk-heading-s">{agency.agency.name}</h3>
          <Radios
            name={`attendance.${index}.attended`}
            label={`Did ${agency.agency.name} attend?`}
            inline
            small
            problems={problems}
            value={rows[index]?.attended ?? ''}
            onChange={(value) => change(index, { attended: value as Row['attended'] })}
            options={[
              { value: 'yes', label: 'Attended' },
              { value: 'no', label: 'Did not attend' },
            ]}
          />
          {rows[index]?.attended === 'yes' && (
            <TextInput
              name={`attendance.${index}.representativeName`}
              label={`Representative for ${agency.agency.name}`}
              width="20"
              problems={problems}
              value={rows[index].representativeName}
              onChange={(value) => change(index, { representativeName: value })}
            />
          )}
          {rows[index]?.attended === 'no' && (
            <Radios
              name={`attendance.${index}.informationSent`}
              label={`Did ${agency.agency.name} send its information?`}
              inline
              small
              problems={problems}
              value={rows[index].informationSent ?? ''}
              onChange={(value) => change(index, { informationSent: value as Row['informationSent'] })}
              options={[
                { value: 'yes', label: 'Information sent' },
                { value: 'no', label: 'No information sent' },
              ]}
            />
          )}
        </div>
      ))}
      <Button disabled={fetching}>Save attendance</Button>
    </form>
  );
}
