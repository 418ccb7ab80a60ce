import { Component, ReactNode } from 'react';

interface State {
  failed: boolean;
}

/**
 * The last line of defence for a screen: if a page throws while rendering, the user reads a plain
 * sentence and a way on, never a blank page or the error itself (which can hold record detail).
 * Keyed by the path in the app, so moving to another screen starts afresh.
 */
export class ScreenBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <h1 className="govuk-heading-l">Sorry, there is a problem with this page</h1>
        <p className="govuk-body">Nothing you saved before this has been lost. Try again, or go back to your work.</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/">
            Go to my work
          </a>
        </p>
      </>
    );
  }
}
