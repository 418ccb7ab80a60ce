import { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A link inside an SVG chart that navigates within the console (a full page load would end the in-memory session). */
export function ChartLink({ to, label, children }: { to?: string; label: string; children: ReactNode }) {
  const navigate = useNavigate();
  if (!to) return <g>{children}</g>;
  return (
    <a
      href={to}
      aria-label={label}
      className="wm-chart__link"
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
