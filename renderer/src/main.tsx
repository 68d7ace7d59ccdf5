import 'hds-core/lib/base.min.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { startEventPump } from './api/event-pump.ts';
import { kuvaApi } from './api/kuva-api.ts';
import { App } from './app/App.tsx';
import { installKuva } from './bridge/install.ts';
import { initI18n } from './i18n/i18n.ts';
import { createStore } from './store/store.ts';

initI18n();
const kuva = installKuva();
const store = createStore();
if (kuva) {
  startEventPump(kuva, store);
  // Asked now, not from the app's first effect after its first render: everything the window
  // shows waits for the session.
  void store.dispatch(kuvaApi.util.prefetch('getSession', undefined, {}));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <Provider store={store}>
      <App hasBackend={kuva !== null} />
    </Provider>
  </StrictMode>,
);
