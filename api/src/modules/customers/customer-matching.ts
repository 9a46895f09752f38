import { Injectable } from '@nestjs/common';
import { MembersService } from '../members/members.service.js';
import { CustomersRepository, type CustomerRow } from './customers.repository.js';
import { emailKeyOf } from './import/order-import.rows.js';

/**
 * Which member a customer is: the member whose profile carries the customer's id (an admin put
 * it there), else the member with the customer's e-mail (NFKC, case folded), else nobody yet.
 */
@Injectable()
export class CustomerMatching {
  constructor(
    private readonly repo: CustomersRepository,
    private readonly members: MembersService,
  ) {}

  /** Matches these customers again by the rule; answers how many changed member. */
  async rematch(customers: readonly CustomerRow[]): Promise<number> {
    if (!customers.length) return 0;
    const byId = await this.repo.membersByCustomerIds(customers.map((c) => c.externalId));
    const emails = [
      ...new Set(
        customers.flatMap((c) => (c.emailKey && !byId.has(c.externalId) ? [c.emailKey] : [])),
      ),
    ];
    const byEmail = emails.length
      ? await this.members.idsByEmails(emails)
      : new Map<string, string>();
    const changes = customers.flatMap((c) => {
      const memberId = byId.get(c.externalId) ?? (c.emailKey && byEmail.get(c.emailKey)) ?? null;
      return memberId === c.memberId ? [] : [{ id: c.id, memberId }];
    });
    return this.repo.setMembers(changes);
  }

  /** Customers kept for the e-mails of members who just joined become theirs. */
  async joined(memberIds: readonly string[]): Promise<number> {
    const members = await this.members.findByIds(memberIds);
    if (!members.length) return 0;
    return this.repo.matchByEmail(
      members.map((m) => ({ id: m.id, emailKey: emailKeyOf(m.email) })),
    );
  }
}
