/** Session gate, then the route. */
import { useSession } from './auth/context.js';
import { AccountPage } from './auth/AccountPage.js';
import { ForcedPasswordChange } from './auth/ForcedPasswordChange.js';
import { LoginScreen } from './auth/LoginScreen.js';
import { OriginRefused } from './auth/OriginRefused.js';
import { errorMessage } from './api/errorMessage.js';
import { AgenciesPage } from './admin/AgenciesPage.js';
import { PlansPage } from './admin/PlansPage.js';
import { UsersPage } from './admin/UsersPage.js';
import { useT } from './i18n/context.js';
import { LoadFailed, Loading } from './layout/Status.js';
import { Page } from './layout/Page.js';
import { HomeScreen } from './plan/HomeScreen.js';
import { PlanScreen } from './plan/PlanScreen.js';
import { useRoute } from './router/history.js';
import { Link } from './router/Link.js';
import { paths } from './router/routes.js';
import { InboxScreen } from './review/inbox/InboxScreen.js';
import { SearchScreen } from './search/SearchScreen.js';
import { SummaryScreen } from './review/summary/SummaryScreen.js';
import { AuditPage } from './workflow/AuditPage.js';
import { DashboardPage } from './workflow/DashboardPage.js';
import { MinePage } from './workflow/MinePage.js';
import { RegistryPage } from './indicators/RegistryPage.js';
import { OutlinePage } from './workflow/OutlinePage.js';
import { ReaderPage } from './reader/ReaderPage.js';

function NotFound() {
  const t = useT();
  return (
    <Page>
      <main id="main" className="page__main page__main--narrow">
        <h1>{t('app.notFound')}</h1>
        <Link to={paths.home()}>{t('app.backHome')}</Link>
      </main>
    </Page>
  );
}

function Routes() {
  const route = useRoute();
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'account':
      return <AccountPage />;
    case 'admin-users':
      return <UsersPage />;
    case 'admin-agencies':
      return <AgenciesPage />;
    case 'admin-plans':
      return <PlansPage />;
    case 'plan':
      return <PlanScreen key={route.planId} planId={route.planId} sectionId={null} />;
    case 'section':
      return <PlanScreen key={route.planId} planId={route.planId} sectionId={route.sectionId} />;
    case 'dashboard':
      return <DashboardPage key={route.planId} planId={route.planId} />;
    case 'mine':
      return <MinePage key={route.planId} planId={route.planId} />;
    case 'indicators':
      return <RegistryPage key={route.planId} planId={route.planId} />;
    case 'audit':
      return <AuditPage key={route.planId} planId={route.planId} />;
    case 'outline':
      return <OutlinePage key={route.planId} planId={route.planId} />;
    case 'search':
      return <SearchScreen key={route.planId} planId={route.planId} />;
    case 'inbox':
      return <InboxScreen key={route.planId} planId={route.planId} />;
    case 'comments':
      return <SummaryScreen key={route.planId} planId={route.planId} />;
    case 'read':
      return <ReaderPage key={route.planId} planId={route.planId} />;
    case 'not-found':
      return <NotFound />;
  }
}

export function App() {
  const { state, refresh } = useSession();
  const t = useT();
  switch (state.status) {
    case 'loading':
      return (
        <main id="main" className="page__main page__main--narrow">
          <Loading />
        </main>
      );
    case 'error':
      return (
        <main id="main" className="page__main page__main--narrow">
          <LoadFailed message={errorMessage(t, state.error)} onRetry={refresh} />
        </main>
      );
    case 'origin-refused':
      return <OriginRefused origin={state.origin} />;
    case 'anonymous':
      return <LoginScreen />;
    case 'signed-in':
      return state.mustChangePassword ? <ForcedPasswordChange /> : <Routes key={state.user.id} />;
  }
}
