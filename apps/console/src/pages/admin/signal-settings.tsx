import { FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Button, ErrorSummary, TextInput } from '../../components/forms';
import { formatDateTime, humanise, Loading } from '../../components/display';
import { AdminSignalSettingsDocument, AdminUpdateSignalSettingsDocument, type AdminSignalSettingFragment } from '../../gql/graphql';
import { NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { ADMIN, RoleScreen } from './role-screen';

const fieldOf = (index: number) => `settings.${index}.value`;

/** The thresholds the risk signals read; a change re-evaluates every family. */
export function SignalSettingsPage() {
  const [{ data, error, fetching }] = useQuery({ query: AdminSignalSettingsDocument, requestPolicy: 'cache-and-network' });
  const [sent, update] = useMutation(AdminUpdateSignalSettingsDocument);
  const [values, setValues] = useState<string[]>([]);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [done, setDone] = useState('');
  const settings = data?.signalSettings ?? [];
  useEffect(() => {
    if (data) setValues(data.signalSettings.map((setting) => String(setting.value)));
  }, [data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const byField: Record<string, string> = {};
    settings.forEach((setting, index) => {
      if (!/^-?\d+$/.test((values[index] ?? '').trim())) byField[fieldOf(index)] = `${nameOf(setting)} must be a whole number`;
    });
    if (Object.keys(byField).length) return setProblems({ byField, summary: Object.entries(byField).map(([field, message]) => ({ field, message })) });
    const changed = settings
      .map((setting, index) => ({ key: setting.key, value: Number(values[index].trim()) }))
      .filter((s, i) => s.value !== settings[i].value);
    if (!changed.length) return setProblems({ byField: {}, summary: [{ message: 'No threshold was changed. Change a value, then save.' }] });
    const result = await update({ input: { settings: changed } });
    if (result.error) {
      // The API numbers the settings it was sent; this form numbers all of them.
      const sentIndex = (field: string) => Number(/^settings\.(\d+)\.value$/.exec(field)?.[1] ?? -1);
      const formField = (field: string) => fieldOf(settings.findIndex((setting) => setting.key === changed[sentIndex(field)]?.key));
      const api = problemsOf(result.error);
      const byField: Record<string, string> = {};
      const summary = api.summary.map((problem) => {
        if (!problem.field || sentIndex(problem.field) < 0) return problem;
        const field = formField(problem.field);
        const setting = settings[Number(field.split('.')[1])];
        const message = `${nameOf(setting)} ${api.byField[problem.field].replace(/^Value \S+ /, '')}`;
        byField[field] = message;
        return { field, message };
      });
      return setProblems({ byField, summary });
    }
    setProblems(NO_PROBLEMS);
    setDone(
      `Saved: ${changed.map((c) => `${nameOf(settings.find((s) => s.key === c.key)!)} is now ${c.value}`).join('; ')}. Every family's signals are being re-evaluated.`,
    );
  };

  return (
    <>
      <ErrorSummary problems={problems} />
      <RoleScreen title="Signal thresholds" roles={ADMIN} error={error} success={done}>
        <p className="govuk-body">The risk signals are raised by these thresholds. Saving re-evaluates every family&apos;s signals with the new values.</p>
        {fetching && !data && <Loading />}
        {data && values.length === settings.length && (
          <form onSubmit={submit} noValidate>
            {settings.map((setting, index) => (
              <TextInput
                key={setting.key}
                name={fieldOf(index)}
                label={nameOf(setting)}
                hint={`${setting.description} ${setting.unit === 'count' ? 'From' : `In ${setting.unit}, from`} ${setting.min} to ${setting.max}; the default is ${setting.defaultValue}.${
                  setting.updatedAt ? ` Last changed ${formatDateTime(setting.updatedAt)}.` : ''
                }`}
                width="4"
                problems={problems}
                value={values[index]}
                onChange={(value) => setValues((current) => current.map((v, i) => (i === index ? value : v)))}
              />
            ))}
            <Button disabled={sent.fetching}>Save thresholds</Button>
          </form>
        )}
      </RoleScreen>
    </>
  );
}

const nameOf = (setting: AdminSignalSettingFragment) => humanise(setting.key);
