import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate, Guarded, humanise, Table } from '../../components/display';
import { Button, ErrorSummary, Radios, Select, Textarea, TextInput } from '../../components/forms';
import { NO_PROBLEMS, problemsOf, ProblemList } from '../../graphql/errors';
import {
  AgencyStaffDocument,
  AgreeActionDocument,
  ClosureReason,
  ClosureSubReason,
  DecisionKind,
  InterventionLevel,
  RecordAgendaDecisionDocument,
} from '../../gql/graphql';
import { useDraft } from '../../session/drafts';
import { CLOSURE_REASONS, CLOSURE_SUB_REASONS, DECISION_LABELS, LEVEL_LABELS, options } from './labels';
import { LiveItem, LiveMeeting, nameOf, personLabel } from './model';

export function DecisionList({ item }: { item: LiveItem }) {
  if (!item.decisions.length) return <p className="govuk-body">No decisions recorded yet.</p>;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {item.decisions.map((decision) => {
        const child = item.people.find((p) => p.personId === decision.childId);
        return (
          <li key={decision.id}>
            <strong>{DECISION_LABELS[decision.kind].replace(' (in words only)', '')}</strong>
            {child ? ` for ${nameOf(child)}` : ''}:{' '}
            <Guarded record={decision} field="text">
              {decision.text}
            </Guarded>
          </li>
        );
      })}
    </ul>
  );
}

type Decision = { kind: DecisionKind | ''; childId: string; toLevel: InterventionLevel | ''; closureReason: string; closureSubReason: string; text: string };
const NEW_DECISION: Decision = { kind: '', childId: '', toLevel: '', closureReason: '', closureSubReason: '', text: '' };

/** A decision; a step up, step down, closure or new episode also changes the child's journey. */
export function DecisionForm({ item, onSaved }: { item: LiveItem; onSaved: (message: string) => void }) {
  const [draft, setDraft, discard] = useDraft<Decision>(`agenda:${item.id}:decision`, NEW_DECISION);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [{ fetching }, record] = useMutation(RecordAgendaDecisionDocument);
  const children = item.people.filter((p) => p.scopeRole === 'CHILD');
  const changesJourney = !!draft.kind && draft.kind !== 'OTHER';
  const needsLevel = draft.kind === 'STEP_UP' || draft.kind === 'STEP_DOWN' || draft.kind === 'OPEN_EPISODE';
  const set = (patch: Partial<Decision>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.kind) return setProblems({ summary: [{ field: 'kind', message: 'Select what was decided' }], byField: { kind: 'Select what was decided' } });
    const result = await record({
      input: {
        agendaItemId: item.id,
        kind: draft.kind,
        text: draft.text,
        childId: changesJourney ? draft.childId || null : null,
        toLevel: needsLevel ? (draft.toLevel as InterventionLevel) || null : null,
        closureReason: draft.kind === 'CLOSE' ? (draft.closureReason as ClosureReason) || null : null,
        closureSubReason: draft.kind === 'CLOSE' ? (draft.closureSubReason as ClosureSubReason) || null : null,
      },
    });
    if (result.error) return setProblems(problemsOf(result.error));
    setProblems(NO_PROBLEMS);
    discard();
    onSaved(changesJourney ? 'Decision recorded; the child’s journey shows the change.' : 'Decision recorded.');
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <Radios
        name="kind"
        label="What was decided?"
        small
        problems={problems}
        value={draft.kind}
        onChange={(kind) => set({ kind: kind as DecisionKind })}
        options={options(DECISION_LABELS)}
      />
      {changesJourney && (
        <Select
          name="childId"
          label="Which child?"
          placeholder="Select a child"
          problems={problems}
          value={draft.childId}
          onChange={(childId) => set({ childId })}
          options={children.map((c) => ({ value: c.personId, label: nameOf(c) }))}
        />
      )}
      {needsLevel && (
        <Select
          name="toLevel"
          label="To which level?"
          placeholder="Select a level"
          problems={problems}
          value={draft.toLevel}
          onChange={(toLevel) => set({ toLevel: toLevel as InterventionLevel })}
          options={options(LEVEL_LABELS)}
        />
      )}
      {draft.kind === 'CLOSE' && (
        <>
          <Select
            name="closureReason"
            label="Reason for closure (CIN census)"
            placeholder="Select a reason"
            problems={problems}
            value={draft.closureReason}
            onChange={(closureReason) => set({ closureReason })}
            options={CLOSURE_REASONS}
          />
          <Select
            name="closureSubReason"
            label="Local reason (optional)"
            placeholder="None"
            problems={problems}
            value={draft.closureSubReason}
            onChange={(closureSubReason) => set({ closureSubReason })}
            options={CLOSURE_SUB_REASONS}
          />
        </>
      )}
      <Textarea
        name="text"
        label="The decision in words"
        hint="Also the reason on the child’s journey. Never shown to anyone working with people causing harm."
        problems={problems}
        value={draft.text}
        onChange={(text) => set({ text })}
      />
      <Button secondary disabled={fetching}>
        Record decision
      </Button>
    </form>
  );
}

export function ActionTable({ item }: { item: LiveItem }) {
  if (!item.actions.length) return <p className="govuk-body">No actions agreed yet.</p>;
  return (
    <Table
      caption="Actions agreed"
      captionSize="s"
      head={['Action', 'About', 'Owner', 'Due', 'Status']}
      rows={item.actions.map((action) => [
        <Guarded record={action} field="description">
          {action.description}
        </Guarded>,
        nameOf(item.people.find((p) => p.personId === action.subjectPersonId)),
        `${action.owner?.displayName ?? action.externalOwnerName ?? ''}, ${action.owningAgency.name}`,
        formatDate(action.dueOn),
        humanise(action.status),
      ])}
    />
  );
}

type Action = { description: string; owningAgencyId: string; ownerUserId: string; externalOwnerName: string; subjectPersonId: string; dueOn: string };
const NEW_ACTION: Action = { description: '', owningAgencyId: '', ownerUserId: '', externalOwnerName: '', subjectPersonId: '', dueOn: '' };

/** Who does what, for whom, by when. The owner is a Waymark user of the owning agency or, without an account, named in words. */
export function ActionForm({ meeting, item, onSaved }: { meeting: LiveMeeting; item: LiveItem; onSaved: (message: string) => void }) {
  const [draft, setDraft, discard] = useDraft<Action>(`agenda:${item.id}:action`, NEW_ACTION);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [{ fetching }, agree] = useMutation(AgreeActionDocument);
  // Whom this reader may see of the agency's staff (coordinators see meeting staff); anyone else is named in words.
  const [staff] = useQuery({ query: AgencyStaffDocument, variables: { agencyId: draft.owningAgencyId }, pause: !draft.owningAgencyId });
  const set = (patch: Partial<Action>) => setDraft((current) => ({ ...current, ...patch }));
  const agencies = [
    { value: meeting.organisingAgency.id, label: `${meeting.organisingAgency.name} (organising)` },
    ...meeting.agencies.filter((a) => a.agencyId !== meeting.organisingAgency.id).map((a) => ({ value: a.agencyId, label: a.agency.name })),
  ];
  const people = staff.data?.users.nodes ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await agree({
      input: {
        agendaItemId: item.id,
        description: draft.description,
        owningAgencyId: draft.owningAgencyId,
        ownerUserId: draft.ownerUserId || null,
        externalOwnerName: draft.externalOwnerName.trim() || null,
        subjectPersonId: draft.subjectPersonId,
        dueOn: draft.dueOn,
      },
    });
    if (result.error) return setProblems(problemsOf(result.error));
    setProblems(NO_PROBLEMS);
    discard();
    onSaved('Action agreed.');
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <Textarea name="description" label="What is to be done?" problems={problems} value={draft.description} onChange={(description) => set({ description })} />
      <Select
        name="owningAgencyId"
        label="Owning agency"
        placeholder="Select an agency"
        problems={problems}
        value={draft.owningAgencyId}
        onChange={(owningAgencyId) => set({ owningAgencyId, ownerUserId: '' })}
        options={agencies}
      />
      {people.length > 0 && (
        <Select
          name="ownerUserId"
          label="Named owner (optional)"
          hint="A Waymark user of the owning agency. Leave as ‘No one with an account’ and name the owner below if they have none."
          placeholder="No one with an account"
          problems={problems}
          value={draft.ownerUserId}
          onChange={(ownerUserId) => set({ ownerUserId })}
          options={people.map((u) => ({ value: u.id, label: u.displayName }))}
        />
      )}
      <TextInput
        name="externalOwnerName"
        label="Owner without an account"
        hint="For example ‘Duty sergeant, Northside station’. The coordinator chases them."
        problems={problems}
        value={draft.externalOwnerName}
        onChange={(externalOwnerName) => set({ externalOwnerName })}
      />
      <Radios
        name="subjectPersonId"
        label="Whose need or behaviour does it address?"
        small
        problems={problems}
        value={draft.subjectPersonId}
        onChange={(subjectPersonId) => set({ subjectPersonId })}
        options={item.people.map((p) => ({ value: p.personId, label: personLabel(p) }))}
      />
      <TextInput name="dueOn" label="Due date" type="date" width="10" problems={problems} value={draft.dueOn} onChange={(dueOn) => set({ dueOn })} />
      <Button secondary disabled={fetching}>
        Agree action
      </Button>
    </form>
  );
}
