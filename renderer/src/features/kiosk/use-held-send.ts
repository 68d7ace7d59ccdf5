import { useEffect, useRef, useState } from 'react';
import { contactCheck } from './space-request-checks.ts';

/**
 * A kiosk form's send that the form may hold back, and the contact answers it holds it for. Before
 * a first send an answer half typed is no mistake yet; once a send was tried, the wrong answers are
 * told at their fields, as typed, until they are right, and each held-back send brings the first
 * one into view.
 */
export function useHeldSend(kt: (key: string) => string, contact: { email: string; phone: string }) {
  const [tried, setTried] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (tried > 0) formRef.current?.querySelector('[aria-invalid="true"]')?.scrollIntoView({ block: 'center' });
  }, [tried]);
  const emailIssue = contactCheck('email', contact.email);
  const phoneIssue = contactCheck('phone', contact.phone);
  return {
    formRef,
    /** A send was tried (and held back) at least once. */
    tried: tried > 0,
    hold: () => setTried((n) => n + 1),
    contactWrong: emailIssue !== null || phoneIssue !== null,
    emailError: emailIssue && tried > 0 ? kt(emailIssue.key) : null,
    phoneError: phoneIssue && tried > 0 ? kt(phoneIssue.key) : null,
  };
}
