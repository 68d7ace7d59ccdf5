import type { Method, ParsedInput } from '../../../domain/contract.ts';
import type { BerthCommandPayload } from '../../../domain/berths/commands.ts';
import { addDays, DEFAULT_DUE_DAYS } from '../../../domain/berths/seasons.ts';
import type { CommandSpec } from '../cache/workspace.ts';

/** Contract method -> the command it queues and its wire payload (client-chosen ids made here). */
export const BERTH_COMMAND_SPECS: Partial<Record<Method, CommandSpec>> = {
  'berths.offerBerth': {
    type: 'berths.offerBerth',
    payload: (input, today, newId): BerthCommandPayload<'berths.offerBerth'> => {
      const i = input as ParsedInput<'berths.offerBerth'>;
      return {
        applicationId: i.applicationId,
        berthId: i.berthId,
        leaseId: newId(),
        orderId: newId(),
        dueDate: i.dueDate ?? addDays(today, DEFAULT_DUE_DAYS),
        acceptShorter: i.acceptShorter,
      };
    },
  },
  'berths.withdrawOffer': {
    type: 'berths.withdrawOffer',
    payload: (input): BerthCommandPayload<'berths.withdrawOffer'> => {
      const i = input as ParsedInput<'berths.withdrawOffer'>;
      return { applicationId: i.applicationId, leaseId: i.leaseId, reason: i.reason };
    },
  },
  'berths.recordOfferAnswer': {
    type: 'berths.recordOfferAnswer',
    payload: (input): BerthCommandPayload<'berths.recordOfferAnswer'> => {
      const i = input as ParsedInput<'berths.recordOfferAnswer'>;
      return { applicationId: i.applicationId, leaseId: i.leaseId, answer: i.answer };
    },
  },
  'berths.markNoSuitableBerth': {
    type: 'berths.markNoSuitableBerth',
    payload: (input): BerthCommandPayload<'berths.markNoSuitableBerth'> => ({ applicationId: (input as ParsedInput<'berths.markNoSuitableBerth'>).applicationId }),
  },
  'berths.extendApplication': {
    type: 'berths.extendApplication',
    payload: (input): BerthCommandPayload<'berths.extendApplication'> => ({ applicationId: (input as ParsedInput<'berths.extendApplication'>).applicationId }),
  },
  'berths.returnToQueue': {
    type: 'berths.returnToQueue',
    payload: (input): BerthCommandPayload<'berths.returnToQueue'> => ({ applicationId: (input as ParsedInput<'berths.returnToQueue'>).applicationId }),
  },
  'berths.addNote': {
    type: 'berths.addNote',
    payload: (input): BerthCommandPayload<'berths.addNote'> => {
      const i = input as ParsedInput<'berths.addNote'>;
      return { applicationId: i.applicationId, note: i.note };
    },
  },
  'berths.editApplication': {
    type: 'berths.editApplication',
    payload: (input): BerthCommandPayload<'berths.editApplication'> => input as ParsedInput<'berths.editApplication'>,
  },
  'berths.linkApplicationCustomer': {
    type: 'berths.linkApplicationCustomer',
    payload: (input): BerthCommandPayload<'berths.linkApplicationCustomer'> => {
      const i = input as ParsedInput<'berths.linkApplicationCustomer'>;
      return { applicationId: i.applicationId, customerId: i.customerId };
    },
  },
  'berths.createLease': {
    type: 'berths.createLease',
    payload: (input, _today, newId): BerthCommandPayload<'berths.createLease'> => ({ ...(input as ParsedInput<'berths.createLease'>), leaseId: newId(), orderId: newId() }),
  },
  'berths.resendOffer': {
    type: 'berths.resendOffer',
    payload: (input, today): BerthCommandPayload<'berths.resendOffer'> => {
      const i = input as ParsedInput<'berths.resendOffer'>;
      return { orderId: i.orderId, dueDate: i.dueDate ?? addDays(today, DEFAULT_DUE_DAYS) };
    },
  },
  'berths.editOrderLines': {
    type: 'berths.editOrderLines',
    payload: (input): BerthCommandPayload<'berths.editOrderLines'> => {
      const i = input as ParsedInput<'berths.editOrderLines'>;
      return { orderId: i.orderId, services: i.services };
    },
  },
  'berths.markOrderPaidElsewhere': {
    type: 'berths.markOrderPaidElsewhere',
    payload: (input): BerthCommandPayload<'berths.markOrderPaidElsewhere'> => ({ orderId: (input as ParsedInput<'berths.markOrderPaidElsewhere'>).orderId }),
  },
  'berths.cancelOrder': {
    type: 'berths.cancelOrder',
    payload: (input): BerthCommandPayload<'berths.cancelOrder'> => ({ orderId: (input as ParsedInput<'berths.cancelOrder'>).orderId }),
  },
  'berths.refundOrder': {
    type: 'berths.refundOrder',
    payload: (input): BerthCommandPayload<'berths.refundOrder'> => ({ orderId: (input as ParsedInput<'berths.refundOrder'>).orderId }),
  },
  'berths.terminateLease': {
    type: 'berths.terminateLease',
    payload: (input): BerthCommandPayload<'berths.terminateLease'> => {
      const i = input as ParsedInput<'berths.terminateLease'>;
      return { leaseId: i.leaseId, endDate: i.endDate };
    },
  },
};
