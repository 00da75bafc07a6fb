/**
 * The app: finds out whether the drafts are locked, then shows the start page, a draft's task list
 * or one page of its journey, following the URL hash. Focus moves to the new page's main content on
 * every change of route, so screen reader and keyboard users start at the top of the new page.
 */
import { useEffect, useRef, useState } from 'react';
import type { C100Draft } from '../../../forms/c100/draft';
import type { VaultStatus } from '../../../forms/host/hostApi';
import { Layout } from '../components/Layout';
import { NotificationBanner } from '../components/Misc';
import { usePageTitle } from '../components/usePageTitle';
import { HostContext } from '../host/HostContext';
import type { HostApi } from '../host/hostApi';
import type { RendererJourney } from '../journey/RendererJourney';
import { routeHref } from '../router/routes';
import { useHashRoute } from '../router/useHashRoute';
import { DraftPage } from './DraftPage';
import { PassphrasePage } from './PassphrasePage';
import { ImportBundlePage, RenameDraftPage, ShareDraftPage, VersionsPage } from './DraftManagementPages';
import { StartPage } from './StartPage';

export interface AppProps {
  host: HostApi;
  /** The journey the draft pages follow (`c100Journey` in the app; `emptyJourney()` in shell tests). */
  journey: RendererJourney<C100Draft>;
  /** Today as `YYYY-MM-DD` (fixed in tests); dates of birth are checked against it. */
  today?: string;
}

type VaultState = { kind: 'checking' } | { kind: 'known'; status: VaultStatus } | { kind: 'failed'; message: string };

function isoToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function App({ host, journey, today = isoToday() }: AppProps) {
  const [vault, setVault] = useState<VaultState>({ kind: 'checking' });
  const [route, navigate] = useHashRoute();
  const firstRoute = useRef(true);

  useEffect(() => {
    void host.vaultStatus().then((result) => setVault(result.ok ? { kind: 'known', status: result.value } : { kind: 'failed', message: result.error.message }));
    // The shell locks the vault after idle time: show the unlock page at once.
    return host.onShellEvent((event) => {
      if (event.kind === 'vault-locked') void host.vaultStatus().then((result) => result.ok && setVault({ kind: 'known', status: result.value }));
    });
  }, [host]);

  const routeKey = routeHref(route);
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    document.getElementById('main-content')?.focus({ preventScroll: false });
    window.scrollTo?.(0, 0);
  }, [routeKey]);

  return (
    <HostContext.Provider value={host}>
      <Layout>
        <AppBody vault={vault} setVault={setVault} route={route} navigate={navigate} journey={journey} today={today} />
      </Layout>
    </HostContext.Provider>
  );
}

function AppBody(props: {
  vault: VaultState;
  setVault: (state: VaultState) => void;
  route: ReturnType<typeof useHashRoute>[0];
  navigate: ReturnType<typeof useHashRoute>[1];
  journey: RendererJourney<C100Draft>;
  today: string;
}) {
  const { vault, setVault, route, navigate, journey, today } = props;
  if (vault.kind === 'checking') return <Loading />;
  if (vault.kind === 'failed') return <HostProblem message={vault.message} />;
  const { status } = vault;
  if (status.state !== 'unlocked') {
    return (
      <PassphrasePage
        mode={status.state === 'needs-setup' ? 'set-up' : 'unlock'}
        status={status}
        onUnlocked={(next) => setVault({ kind: 'known', status: next })}
      />
    );
  }
  switch (route.name) {
    case 'start':
      return <StartPage onOpenDraft={(draftId) => navigate({ name: 'tasks', draftId })} />;
    case 'import':
      return <ImportBundlePage onImported={(draftId) => navigate({ name: 'tasks', draftId })} />;
    case 'rename':
      return <RenameDraftPage draftId={route.draftId} onDone={() => navigate({ name: 'start' })} />;
    case 'versions':
      return <VersionsPage draftId={route.draftId} onRestored={() => navigate({ name: 'tasks', draftId: route.draftId })} />;
    case 'share':
      return <ShareDraftPage draftId={route.draftId} />;
    case 'tasks':
    case 'step':
    case 'export':
    case 'produced':
      return <DraftPage key={route.draftId} route={route} journey={journey} today={today} navigate={navigate} />;
    default: {
      const unknown: never = route;
      throw new Error(`Unknown route: ${JSON.stringify(unknown)}`);
    }
  }
}

function Loading() {
  usePageTitle('Opening');
  return <p className="govuk-body">Opening C100 Prep…</p>;
}

function HostProblem({ message }: { message: string }) {
  usePageTitle('C100 Prep cannot open your drafts');
  return (
    <>
      <h1 className="govuk-heading-l">C100 Prep cannot open your drafts</h1>
      <NotificationBanner title="Important">
        <p className="govuk-body">{message}</p>
      </NotificationBanner>
    </>
  );
}
