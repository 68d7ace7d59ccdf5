/**
 * Why personal data is read, as the audit records it (CK-DESIGN "Audit of reads"). The audit
 * branch owns the list in domain/audit/; these are its codes until that lands here.
 */
export const READ_PURPOSES = ['family_request', 'check_in', 'data_correction', 'gdpr_request', 'statistics', 'event_management'] as const;
