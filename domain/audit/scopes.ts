import { SCOPES, type Scope } from '../roles.ts';

/** The sync scopes that carry children's and guardians' personal data (flag `personalData` in SCOPES). */
export const PERSONAL_DATA_SCOPES: readonly Scope[] = (Object.keys(SCOPES) as Scope[]).filter((s) => 'personalData' in SCOPES[s] && SCOPES[s].personalData === true);

/** A feed scope (`<scope>` or `<scope>:<partition>`) that carries personal data, split into its parts; null for any other. */
export function personalDataFeedScope(feedScope: string): { scope: Scope; workspace: string; partition: string | null } | null {
  const colon = feedScope.indexOf(':');
  const scope = (colon === -1 ? feedScope : feedScope.slice(0, colon)) as Scope;
  if (!PERSONAL_DATA_SCOPES.includes(scope)) return null;
  return { scope, workspace: scope.slice(0, scope.indexOf('.')), partition: colon === -1 ? null : feedScope.slice(colon + 1) };
}
