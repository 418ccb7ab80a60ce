import { Tag } from '../../components/display';
import { signalName } from './episode-labels';

const SEVERITY_COLOUR = { HIGH: 'red', MEDIUM: 'yellow', LOW: 'grey' } as const;

interface CheckedSignal {
  kind: string;
  severity: string;
  explanation?: string;
  conditions: string[];
}

/** The pre-closure risk check in words: each signal the change would raise, and each of its conditions. */
export function RiskCheckList({ signals, headingLevel = 3 }: { signals: CheckedSignal[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (!signals.length) return <p className="govuk-body">The change would raise no risk signal.</p>;
  return (
    <ul className="govuk-list">
      {signals.map((signal, index) => (
        <li key={index} className="govuk-inset-text govuk-!-margin-top-0">
          <Heading className="govuk-heading-s govuk-!-margin-bottom-1">
            {signalName(signal.kind)} <Tag colour={SEVERITY_COLOUR[signal.severity as keyof typeof SEVERITY_COLOUR]}>{signal.severity.toLowerCase()}</Tag>
          </Heading>
          <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
            {signal.conditions.map((condition) => (
              <li key={condition}>{condition.charAt(0).toUpperCase() + condition.slice(1)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
