import { GENERIC_NOTICE } from './generic.ts';
import { TemplateRegistry } from './registry.ts';

/**
 * The central's templates. A workspace adds its own from its central module:
 * `NOTIFICATION_TEMPLATES.register(BOOKING_APPROVED, BOOKING_DENIED)`.
 */
export const NOTIFICATION_TEMPLATES = new TemplateRegistry();
NOTIFICATION_TEMPLATES.register(GENERIC_NOTICE);
