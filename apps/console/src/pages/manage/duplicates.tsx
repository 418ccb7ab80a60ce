import { FormEvent, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { Button, ErrorSummary, Radios, Textarea, TextInput } from '../../components/forms';
import { formatDate, Guarded, Problem, SummaryList, Table } from '../../components/display';
import { ManageFindPeopleDocument, ManageMergePeopleDocument, type ManageFindPeopleQuery } from '../../gql/graphql';
import { NO_PROBLEMS, type ProblemList } from '../../graphql/errors';
import { formProblems, missingFields } from '../admin/problems';
import { MANAGER, RoleScreen } from '../admin/role-screen';

type Found = ManageFindPeopleQuery['searchPeople']['nodes'][number];
const LABELS = { keepPersonId: 'Record to keep', mergePersonId: 'Duplicate record', reason: 'Why these are the same person' };
const nameOf = (found: Found) => `${found.person.givenName} ${found.person.familyName}`;
const born = (found: Found) => formatDate(found.person.dateOfBirth ?? found.person.expectedDateOfBirth) || 'Date of birth not recorded';

/**
 * Duplicate records of one person: find them by name, choose the record to keep and the duplicate,
 * say why, check, then merge. The merge moves the duplicate's history to the kept record.
 */
export function DuplicatesPage() {
  const client = useClient();
  const [name, setName] = useState('');
  const [found, setFound] = useState<Found[] | undefined>();
  const [choice, setChoice] = useState({ keepPersonId: '', mergePersonId: '', reason: '' });
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [done, setDone] = useState('');
  const [sent, merge] = useMutation(ManageMergePeopleDocument);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    const before = missingFields({ name: !name.trim() && 'Enter a name to look for' });
    if (before.summary.length) return setProblems(before);
    const result = await client.query(ManageFindPeopleDocument, { input: { name: name.trim() } }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) return setProblems(formProblems(result.error, { labels: { name: 'Name' } }));
    setProblems(NO_PROBLEMS);
    setFound(result.data!.searchPeople.nodes);
    setChoice({ keepPersonId: '', mergePersonId: '', reason: choice.reason });
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    const before = missingFields({
      keepPersonId: !choice.keepPersonId && 'Select the record to keep',
      mergePersonId: !choice.mergePersonId
        ? 'Select the duplicate record to merge into it'
        : choice.mergePersonId === choice.keepPersonId && 'Select a different record from the one kept',
      reason: choice.reason.trim().length < 10 && 'Say why these are the same person, in at least 10 characters',
    });
    if (before.summary.length) return setProblems(before);
    setProblems(NO_PROBLEMS);
    setStep('confirm');
  };

  const confirm = async () => {
    const result = await merge({ input: { keepPersonId: choice.keepPersonId, mergePersonId: choice.mergePersonId, reason: choice.reason.trim() } });
    setStep('choose');
    if (result.error) return setProblems(formProblems(result.error, { labels: LABELS }));
    const merged = found!.find((f) => f.person.id === choice.mergePersonId)!;
    const kept = result.data!.mergePeople;
    setDone(`${nameOf(merged)}'s record is merged into ${kept.givenName} ${kept.familyName}'s. Other names now: ${(kept.aliases ?? []).join(', ') || 'none'}.`);
    setFound(undefined);
    setChoice({ keepPersonId: '', mergePersonId: '', reason: '' });
  };

  const keep = found?.find((f) => f.person.id === choice.keepPersonId);
  const duplicate = found?.find((f) => f.person.id === choice.mergePersonId);
  if (step === 'confirm' && keep && duplicate)
    return (
      <RoleScreen title="Check before merging" roles={MANAGER}>
        <div className="govuk-grid-row">
          {[
            ['Record kept', keep],
            ['Duplicate, merged into it', duplicate],
          ].map(([heading, f]) => (
            <div className="govuk-grid-column-one-half" key={heading as string}>
              <h2 className="govuk-heading-m">{heading as string}</h2>
              <PersonSummary found={f as Found} />
            </div>
          ))}
        </div>
        <SummaryList rows={[['Why these are the same person', choice.reason.trim()]]} />
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {nameOf(duplicate)}&apos;s memberships, episodes and other history move to {nameOf(keep)}&apos;s record, and the duplicate is hidden. This cannot be
            undone here. The merge and your reason are kept in the audit trail.
          </strong>
        </div>
        <div className="govuk-button-group">
          <Button type="button" warning disabled={sent.fetching} onClick={() => void confirm()}>
            Merge the records
          </Button>
          <Button type="button" secondary onClick={() => setStep('choose')}>
            Go back and change
          </Button>
        </div>
      </RoleScreen>
    );

  const options = (found ?? []).map((f) => ({ value: f.person.id, label: `${nameOf(f)}, born ${born(f)}` }));
  return (
    <>
      <ErrorSummary problems={problems} />
      <RoleScreen title="Duplicate records" roles={MANAGER} success={done}>
        <p className="govuk-body">Find the records by name. Only people in your agency&apos;s families can be merged.</p>
        <form onSubmit={search} noValidate>
          <TextInput name="name" label="Name" hint="A whole name, given name, family name or other name" problems={problems} value={name} onChange={setName} />
          <Button secondary>Find records</Button>
        </form>
        {found && !found.length && <Problem title="No records found">No one you can see has that name. Try another spelling or another name.</Problem>}
        {found && found.length > 0 && (
          <>
            <Table
              caption={`${found.length} ${found.length === 1 ? 'record' : 'records'} found`}
              head={['Name', 'Other names', 'Date of birth', 'Postcode area', 'Families']}
              rows={found.map((f) => [
                nameOf(f),
                <Guarded record={f.person} field="aliases" empty="None">
                  {(f.person.aliases ?? []).join(', ')}
                </Guarded>,
                born(f),
                <Guarded record={f.person} field="postcodeArea">
                  {f.person.postcodeArea}
                </Guarded>,
                f.families.map((family) => family.name).join(', ') || 'None you can see',
              ])}
            />
            {found.length < 2 ? (
              <p className="govuk-body">Only one record has that name: there is nothing to merge it with.</p>
            ) : (
              <form onSubmit={check} noValidate>
                <Radios
                  name="keepPersonId"
                  label={LABELS.keepPersonId}
                  problems={problems}
                  value={choice.keepPersonId}
                  onChange={(keepPersonId) => setChoice({ ...choice, keepPersonId })}
                  options={options}
                />
                <Radios
                  name="mergePersonId"
                  label={LABELS.mergePersonId}
                  hint="Its history moves to the record kept, and it is then hidden."
                  problems={problems}
                  value={choice.mergePersonId}
                  onChange={(mergePersonId) => setChoice({ ...choice, mergePersonId })}
                  options={options}
                />
                <Textarea
                  name="reason"
                  label={LABELS.reason}
                  hint="For example, who confirmed it. Kept in the audit trail."
                  problems={problems}
                  value={choice.reason}
                  onChange={(reason) => setChoice({ ...choice, reason })}
                />
                <Button>Continue</Button>
              </form>
            )}
          </>
        )}
      </RoleScreen>
    </>
  );
}

function PersonSummary({ found }: { found: Found }) {
  return (
    <SummaryList
      rows={[
        ['Name', nameOf(found)],
        [
          'Other names',
          <Guarded record={found.person} field="aliases" empty="None">
            {(found.person.aliases ?? []).join(', ')}
          </Guarded>,
        ],
        ['Date of birth', born(found)],
        ['Families', found.families.map((family) => family.name).join(', ') || 'None you can see'],
      ]}
    />
  );
}
