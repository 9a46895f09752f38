import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { CustomersService } from './customers.service.js';

/** Hands customers kept for an e-mail to the member who joins with it. */
@Injectable()
export class CustomersConsumer implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly customers: CustomersService,
  ) {}

  onModuleInit(): void {
    this.bus.onBatch('activity.changed', 'customers', async (deliveries) => {
      const joined = deliveries.filter((d) => d.payload.action === 'joined');
      if (joined.length)
        await this.customers.matchMembers([...new Set(joined.map((d) => d.payload.memberId))]);
    });
  }
}
