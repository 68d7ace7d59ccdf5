import { CONTRACT } from '../../../../domain/contract.ts';

/**
 * The help-time intake's choices, read from the contract's own input schema: the kiosk offers
 * exactly what the core accepts, and a topic added to the vocabulary shows up here by itself.
 */
const intake = CONTRACT['assist.bookAppointment'].input.shape.intake.shape;

export const INTAKE_TOPICS = intake.topic.options;
export type IntakeTopic = (typeof INTAKE_TOPICS)[number];

/** The customer's own language first among the service languages; `other` last. */
export const INTAKE_LANGUAGES = intake.language.options;
export type IntakeLanguage = (typeof INTAKE_LANGUAGES)[number];
