import { ReactNode, useEffect, useRef } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useSession } from '../session/session';
import { SessionWarning } from '../session/session-warning';
import { navigationFor } from '../navigation';

/** The GOV.UK page template: skip link, header with the user's screens, main content, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  // Move focus to the page on navigation so screen-reader users hear the new page's heading.
  useEffect(() => {
    main.current?.focus();
  }, [location.pathname]);
  const roles = session.session?.user.roles ?? [];
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link to="/" className="govuk-generic-header__homepage-link">
              Waymark
            </Link>
          </div>
        </div>
      </header>
      {session.status === 'signed-in' && (
        <section aria-label="Service information" className="govuk-service-navigation wm-no-print">
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              <span className="govuk-service-navigation__service-name">{session.session?.user.displayName}</span>
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  {navigationFor(roles).map((item) => (
                    <li className="govuk-service-navigation__item" key={item.to}>
                      <NavLink className="govuk-service-navigation__link" to={item.to} end={item.to === '/'}>
                        {item.label}
                      </NavLink>
                    </li>
                  ))}
                  <li className="govuk-service-navigation__item">
                    <button type="button" className="govuk-service-navigation__link wm-link-button" onClick={() => void session.signOut()}>
                      Sign out
                    </button>
                  </li>
                </ul>
              </nav>
            </div>
          </div>
        </section>
      )}
      <div className="govuk-width-container">
        <SessionWarning />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1} ref={main}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer wm-no-print">
        <div className="govuk-width-container">
          <p className="govuk-footer__meta-custom">Waymark: official-sensitive. Everything you open here is recorded in the audit trail.</p>
        </div>
      </footer>
    </>
  );
}
