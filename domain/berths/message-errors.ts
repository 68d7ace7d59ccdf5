/**
 * Refusals of a message to a group of customers. Stable codes the renderer translates
 * (errors.<code>); domain/errors.ts takes them into ERROR_CODES.
 */
export const MESSAGE_ERROR_CODES = [
  /** A message goes out once: the same message id was sent before. */
  'message_already_sent',
  /** Nobody in the chosen group can be reached by the chosen channels. */
  'message_no_recipients',
] as const;
