import type { Thread } from '../../shared/threads.js';
import { applyProposal, proposalTarget } from '../../shared/proposals.js';
import type { CollabServer } from '../collab/collabServer.js';
import { AppError } from '../errors.js';
import { authorize } from '../plan/authorize.js';
import type { SectionDirectory } from '../plan/directory.js';
import type { CommandContext } from '../plan/sectionCommands.js';
import type { ThreadCommands } from './threadCommands.js';

/** The passage changed since the proposal was made: it is not applied blindly. */
class StaleProposal extends Error {}

const AUDIT_QUOTE_MAX = 200;
const clip = (text: string) =>
  text.length > AUDIT_QUOTE_MAX ? `${text.slice(0, AUDIT_QUOTE_MAX - 1)}…` : text;

/**
 * Accepting a proposed edit: the owning agency applies exactly the proposed text as its own edit
 * through the section's room (checked by the policy, stored before anyone sees it, audited); the
 * passage is checked against the quote inside the same write, so a proposal whose passage
 * changed meanwhile is refused as stale. Then the thread's answer becomes Tiếp thu.
 */
export class ProposalAcceptor {
  constructor(
    private readonly threads: ThreadCommands,
    private readonly collab: CollabServer,
    private readonly directory: SectionDirectory,
  ) {}

  async accept({ actor, address }: CommandContext, threadId: string): Promise<Thread> {
    const { row, section, proposal } = await this.threads.proposal(threadId);
    authorize(actor, 'ownerEdit', section);
    if (row.response_kind === 'accepted') {
      throw new AppError(409, 'conflict', 'This proposal was already applied.');
    }
    const anchor = { from: row.anchor_from, to: row.anchor_to };
    let outcome;
    try {
      outcome = await this.collab.writeAs(
        actor,
        section.id,
        (doc) => {
          const target = proposalTarget(doc, anchor, row.quote);
          if (!target) throw new StaleProposal();
          applyProposal(target, proposal);
        },
        {
          action: 'proposal',
          detail: `Tiếp thu đề xuất sửa: "${clip(row.quote)}" → "${clip(proposal)}"`,
          address,
        },
      );
    } catch (error) {
      if (!(error instanceof StaleProposal)) throw error;
      throw new AppError(
        409,
        'stale-proposal',
        'The passage changed since the proposal was made; nothing was written.',
      );
    }
    if (outcome !== null) {
      const now = this.directory.section(section.id);
      if (now) authorize(actor, 'ownerEdit', now);
      throw new AppError(409, 'conflict', 'The section changed meanwhile; nothing was written.');
    }
    return this.threads.proposalApplied(actor, threadId);
  }
}
