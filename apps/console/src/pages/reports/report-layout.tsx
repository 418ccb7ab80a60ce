import { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { Loading, Problem } from '../../components/display';
import { codeOf } from '../../graphql/errors';
import { SUPPRESSED_COUNT, WITHHELD } from '../../components/charts/figures';
import { ReportPeriodForm, useReportPeriod } from './report-period';

export const REPORTS = [
  { to: '/reports', label: 'Overview and trends' },
  { to: '/reports/participation', label: 'Family participation audit' },
  { to: '/reports/revolving-door', label: 'Revolving door and closures' },
  { to: '/reports/referral-outcomes', label: 'Referral outcomes' },
  { to: '/reports/marac', label: 'MARAC dataset' },
  { to: '/reports/social-gradient', label: 'Social gradient' },
  { to: '/reports/action-review', label: 'MARAC action review' },
  { to: '/reports/marac-data-return', label: 'SafeLives data return' },
];

/** A report screen: its title, the period, the other reports, and what the figures are (exact or suppressed). */
export function ReportLayout({
  title,
  error,
  fetching,
  suppressed,
  children,
  periodless,
}: {
  title: string;
  error?: CombinedError;
  fetching: boolean;
  suppressed?: boolean;
  children: ReactNode;
  periodless?: boolean;
}) {
  const period = useReportPeriod();
  const code = codeOf(error);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <nav aria-label="Reports" className="govuk-!-margin-bottom-4">
        <ul className="govuk-list wm-inline-actions">
          {REPORTS.map((report) => (
            <li key={report.to}>
              <Link className="govuk-link" to={`${report.to}?${period.query}`}>
                {report.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {!periodless && <ReportPeriodForm error={error} />}
      {suppressed && (
        <div className="govuk-inset-text">
          Small numbers are suppressed: a count from 1 to 4, and any figure hidden so that one cannot be worked out from the others, reads “{SUPPRESSED_COUNT}”
          (the same words for both, so neither can be told from the other); a rate drawn from them reads “{WITHHELD}”. None is ever a zero.
        </div>
      )}
      {code === 'FORBIDDEN' ? (
        <Problem title="Not available">This report is not available to your role.</Problem>
      ) : error && code !== 'BAD_USER_INPUT' ? (
        <Problem>{error.graphQLErrors[0]?.message ?? 'The report could not be loaded. Try again in a moment.'}</Problem>
      ) : null}
      {fetching && <Loading />}
      {children}
    </>
  );
}
