import { useTranslation } from 'react-i18next';
import { systemActorOf } from '../../../domain/system-actors.ts';

/**
 * Who acted, as the reader reads it: the customer online, the payment provider or one of the
 * central's jobs in the reader's language (their records keep the name they were written with),
 * a person by their name.
 */
export function useActorLabel(): (actorId: string | null | undefined, actorName: string | null | undefined) => string | null {
  const { t } = useTranslation();
  return (actorId, actorName) => {
    const system = systemActorOf(actorId, actorName);
    return system ? t(`systemActors.${system}`) : (actorName ?? null);
  };
}
