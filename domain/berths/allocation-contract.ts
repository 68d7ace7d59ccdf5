import { z } from 'zod';
import type { Localized } from '../languages.ts';
import type { ChoiceCounts } from './allocation-proposal.ts';
import { Uuid, type Application, type Berth } from './entities.ts';

/**
 * The allocation proposal's part of the renderer contract (`berths.allocationProposal`). Without a
 * season the core uses the season offers are made for today; with a harbour it proposes only there.
 */
export const AllocationProposalInput = z.object({ season: z.number().int().min(2000).max(2100).optional(), harbourId: Uuid.optional() }).strict();

export interface AllocationRow {
  applicationId: string;
  reference: string;
  /** Position in the season's queue of pending applications (1 = next to serve). */
  queuePosition: number;
  kind: Application['kind'];
  applicantName: string;
  companyName: string | null;
  boatWidth: number;
  boatLength: number;
  accessibilityRequired: boolean;
  /** Harbour ids, first choice first. */
  harbourChoices: string[];
  /** A switch applicant's own berth, never proposed to them. */
  currentBerthId: string | null;
  berthId: string | null;
  /** 1 = first harbour choice; null without a berth. */
  choiceRank: number | null;
  /** The berth is shorter than the boat: the handler keeps it knowingly (acceptShorter). */
  shorter: boolean;
}

/** A berth free for the season, with its pier's name ('' for harbours without piers). */
export type AllocationBerth = Berth & { pier: string };

export interface AllocationProposalView {
  season: number;
  /** The season offers are made for today. */
  offerSeason: number;
  harbourId: string | null;
  /** In queue order. */
  rows: AllocationRow[];
  /** Every berth free for the season in the harbours considered, proposed or not. */
  berths: AllocationBerth[];
  harbours: { id: string; name: Localized }[];
  counts: ChoiceCounts;
}
