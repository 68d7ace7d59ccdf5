import type { Enrolment } from '../../../../domain/culture-kids/entities.ts';
import type { Texts } from '../table-model.ts';

/** The Culture Kids words a file prints, in each language (the screens' words for the same things). */
export const ENROLMENT_STATUS_WORDS: Record<Enrolment['status'], Texts> = {
  enrolled: { fi: 'Ilmoittautunut', sv: 'Anmäld', en: 'Enrolled' },
  attended: { fi: 'Paikalla', sv: 'Närvarande', en: 'Attended' },
  cancelled: { fi: 'Peruttu', sv: 'Avbokad', en: 'Cancelled' },
  no_show: { fi: 'Ei saapunut', sv: 'Kom inte', en: 'No show' },
};
