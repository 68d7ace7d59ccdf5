import { can } from '../../../../../domain/roles.ts';
import { useGetSessionQuery } from '../../../api/kuva-api.ts';

/** Whether the signed-in user may edit harbours, piers, berths and the price list (never offered otherwise). */
export function useCanEditMasterData(): boolean {
  const { data } = useGetSessionQuery();
  return data?.user ? can(data.user.roles, 'berths.resources.write') : false;
}
