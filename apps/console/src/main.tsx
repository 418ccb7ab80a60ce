import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import '@ministryofjustice/frontend/moj/moj-frontend.min.css';
import './styles/console.scss';

// GOV.UK Frontend styles some components differently when its JavaScript runs; this console is it.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
