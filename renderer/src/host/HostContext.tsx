/**
 * The host for the component tree. Components take it from context rather than from `window`, so
 * component tests can pass a fake and nothing reaches the outside by accident.
 */
import { createContext, useContext } from 'react';
import type { HostApi } from './hostApi';

export const HostContext = createContext<HostApi | undefined>(undefined);

/** The host; throws when a component that needs it is rendered without a `HostContext` provider. */
export function useHost(): HostApi {
  const host = useContext(HostContext);
  if (host === undefined) throw new Error('useHost: no HostContext provider above this component (a programming error).');
  return host;
}

/** The host when there is one (help links still render without it, e.g. in component tests). */
export function useOptionalHost(): HostApi | undefined {
  return useContext(HostContext);
}
