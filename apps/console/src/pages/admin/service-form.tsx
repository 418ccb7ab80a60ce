import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, Checkboxes, ErrorSummary, Select, Textarea, TextInput } from '../../components/forms';
import { humanise, Loading, SummaryList } from '../../components/display';
import {
  AdminCreateServiceDocument,
  AdminDeactivateServiceDocument,
  AdminServiceDocument,
  AdminServicesDocument,
  AdminUpdateServiceDocument,
  type AdminServiceFragment,
  type ServiceType,
} from '../../gql/graphql';
import { NO_PROBLEMS, type ProblemList } from '../../graphql/errors';
import { formProblems, missingFields } from './problems';
import { ADMIN, RoleScreen } from './role-screen';
import { capacityWords } from './services-list';

const SERVICE_TYPES = [
  'PERPETRATOR_PROGRAMME',
  'ADULT_MENTAL_HEALTH',
  'CAMHS',
  'SUBSTANCE_MISUSE',
  'IDVA',
  'CHILDREN_DVA_SUPPORT',
  'HOUSING',
  'FAMILY_GROUP_CONFERENCE',
  'EARLY_HELP',
  'CHILDRENS_SOCIAL_CARE',
  'MARAC',
  'OTHER',
];
const LABELS = {
  agencyId: 'Agency',
  name: 'Name',
  type: 'Type',
  eligibilityNotes: 'Who it is for',
  capacity: 'Capacity',
  acceptsSelfReferral: 'Self-referral',
};

/** "12" → 12, "" → null; anything else is refused here with GOV.UK wording. */
function capacityOf(text: string): { value: number | null; problem?: string } {
  if (!text.trim()) return { value: null };
  if (!/^-?\d+$/.test(text.trim())) return { value: null, problem: 'Capacity must be a whole number of places, like 12' };
  return { value: Number(text.trim()) };
}

/** Add a service to the catalogue. */
export function NewServicePage() {
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: AdminServicesDocument });
  const [sent, create] = useMutation(AdminCreateServiceDocument);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const submit = async (form: ServiceFields) => {
    const capacity = capacityOf(form.capacity);
    const before = missingFields({
      agencyId: !form.agencyId && 'Select the agency that runs the service',
      name: !form.name.trim() && 'Enter the name of the service',
      type: !form.type && 'Select the type of service',
      capacity: capacity.problem ?? false,
    });
    if (before.summary.length) return setProblems(before);
    const result = await create({
      input: {
        agencyId: form.agencyId,
        name: form.name.trim(),
        type: form.type as ServiceType,
        eligibilityNotes: form.eligibilityNotes.trim() || undefined,
        capacity: capacity.value ?? undefined,
        acceptsSelfReferral: form.acceptsSelfReferral,
      },
    });
    if (result.error) return setProblems(formProblems(result.error, { labels: LABELS, byCode: { CONFLICT: 'name' } }));
    navigate('/admin/services', { state: { success: `${result.data!.createService.name} is added to the catalogue.` } });
  };
  return (
    <>
      <Link to="/admin/services" className="govuk-back-link">
        Back to services
      </Link>
      <ErrorSummary problems={problems} />
      <RoleScreen title="Add a service" roles={ADMIN} error={error}>
        {!data ? (
          <Loading />
        ) : (
          <ServiceFieldsForm agencies={data.agencies} problems={problems} busy={sent.fetching} submitLabel="Add service" onSubmit={submit} />
        )}
      </RoleScreen>
    </>
  );
}

/** Change a service's name, eligibility, capacity or self-referral; deactivate it after confirming. */
export function ServicePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: AdminServiceDocument, variables: { id } });
  const [sent, update] = useMutation(AdminUpdateServiceDocument);
  const [, deactivate] = useMutation(AdminDeactivateServiceDocument);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState('');
  const service = data?.service;

  const submit = async (form: ServiceFields) => {
    const capacity = capacityOf(form.capacity);
    const before = missingFields({ name: !form.name.trim() && 'Enter the name of the service', capacity: capacity.problem ?? false });
    if (before.summary.length) return setProblems(before);
    const result = await update({
      input: {
        id,
        name: form.name.trim(),
        eligibilityNotes: form.eligibilityNotes.trim(),
        capacity: capacity.value,
        acceptsSelfReferral: form.acceptsSelfReferral,
      },
    });
    if (result.error) return setProblems(formProblems(result.error, { labels: LABELS, byCode: { CONFLICT: 'name' } }));
    setProblems(NO_PROBLEMS);
    setDone(`${result.data!.updateService.name} is saved.`);
  };
  const confirmDeactivate = async () => {
    const result = await deactivate({ id });
    setConfirming(false);
    if (result.error) return setProblems(formProblems(result.error));
    navigate('/admin/services', { state: { success: `${result.data!.deactivateService.name} takes no new referrals. Its referrals go on to their outcome.` } });
  };

  if (service && confirming)
    return (
      <RoleScreen title={`Deactivate ${service.name}?`} roles={ADMIN}>
        <p className="govuk-body">It will take no new referrals. Referrals already made to it go on to their outcome, and it stays in reports.</p>
        <div className="govuk-button-group">
          <Button type="button" warning onClick={() => void confirmDeactivate()}>
            Yes, deactivate the service
          </Button>
          <Button type="button" secondary onClick={() => setConfirming(false)}>
            No, keep it
          </Button>
        </div>
      </RoleScreen>
    );

  return (
    <>
      <Link to="/admin/services" className="govuk-back-link">
        Back to services
      </Link>
      <ErrorSummary problems={problems} />
      <RoleScreen title={service?.name ?? 'Service'} roles={ADMIN} error={error} success={done}>
        {!data || !service ? (
          !error && <Loading />
        ) : (
          <>
            <SummaryList
              rows={[
                ['Agency', data.agencies.find((agency) => agency.id === service.agencyId)?.name ?? ''],
                ['Type', humanise(service.type)],
                ['Capacity', capacityWords(service.capacity)],
                ['Status', service.active ? 'Takes referrals' : 'Deactivated: takes no new referrals'],
              ]}
            />
            <ServiceFieldsForm
              key={JSON.stringify(service)}
              service={service}
              problems={problems}
              busy={sent.fetching}
              submitLabel="Save changes"
              onSubmit={submit}
            />
            {service.active && (
              <>
                <h2 className="govuk-heading-m">Stop taking referrals</h2>
                <Button type="button" warning onClick={() => setConfirming(true)}>
                  Deactivate service
                </Button>
              </>
            )}
          </>
        )}
      </RoleScreen>
    </>
  );
}

interface ServiceFields {
  agencyId: string;
  name: string;
  type: string;
  eligibilityNotes: string;
  capacity: string;
  acceptsSelfReferral: boolean;
}

function ServiceFieldsForm(props: {
  service?: AdminServiceFragment;
  agencies?: Array<{ id: string; name: string }>;
  problems: ProblemList;
  busy: boolean;
  submitLabel: string;
  onSubmit: (form: ServiceFields) => void;
}) {
  const { service, agencies, problems, busy, submitLabel, onSubmit } = props;
  const [form, setForm] = useState<ServiceFields>({
    agencyId: service?.agencyId ?? '',
    name: service?.name ?? '',
    type: service?.type ?? '',
    eligibilityNotes: service?.eligibilityNotes ?? '',
    capacity: service?.capacity === null || service?.capacity === undefined ? '' : String(service.capacity),
    acceptsSelfReferral: service?.acceptsSelfReferral ?? false,
  });
  const set = (field: keyof ServiceFields) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(form);
  };
  return (
    <form onSubmit={submit} noValidate>
      {agencies && (
        <>
          <Select
            name="agencyId"
            label={LABELS.agencyId}
            hint="The agency that runs the service and receives its referrals. It cannot be changed later."
            placeholder="Select the agency"
            problems={problems}
            value={form.agencyId}
            onChange={set('agencyId')}
            options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
          />
          <Select
            name="type"
            label={LABELS.type}
            placeholder="Select the type"
            problems={problems}
            value={form.type}
            onChange={set('type')}
            options={SERVICE_TYPES.map((type) => ({ value: type, label: humanise(type) }))}
          />
        </>
      )}
      <TextInput name="name" label={LABELS.name} problems={problems} value={form.name} onChange={set('name')} />
      <Textarea
        name="eligibilityNotes"
        label={LABELS.eligibilityNotes}
        hint="The eligibility criteria in the provider's words, for example “Fathers of children under 16 who accept responsibility for the harm”."
        problems={problems}
        value={form.eligibilityNotes}
        onChange={set('eligibilityNotes')}
      />
      <TextInput
        name="capacity"
        label={LABELS.capacity}
        hint="How many people it can work with at once. Leave empty if the provider has not said; 0 means it is full."
        width="5"
        problems={problems}
        value={form.capacity}
        onChange={set('capacity')}
      />
      <Checkboxes
        name="acceptsSelfReferral"
        label={LABELS.acceptsSelfReferral}
        problems={problems}
        values={form.acceptsSelfReferral ? ['yes'] : []}
        onChange={(values) => setForm((current) => ({ ...current, acceptsSelfReferral: values.includes('yes') }))}
        options={[{ value: 'yes', label: 'People may refer themselves' }]}
      />
      <Button disabled={busy}>{submitLabel}</Button>
    </form>
  );
}
