/**
 * How long one walk-in help is assumed to take when no help time has been seen yet: the desk's
 * wait estimate before the first finished help, and a kiosk's, whose public rows carry no help times.
 */
export const DEFAULT_HELP_MIN = 10;
