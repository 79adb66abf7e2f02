import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/shell.css';
import './styles/panes.css';
import './styles/document.css';
import './styles/overlays.css';
import './styles/start.css';
import './styles/codetree.css';
import './styles/retrieval.css';
import './styles/team.css';
import './styles/rounds.css';
import './styles/packages.css';
import './styles/agreement.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
