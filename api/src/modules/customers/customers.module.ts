import { Module } from '@nestjs/common';
import { CommunityModule } from '../community/community.module.js';
import { MembersModule } from '../members/members.module.js';
import { CustomerResolver } from './customers.resolver.js';
import { CustomersService } from './customers.service.js';

/** Imported customers and their orders; analytics reads them through CustomersService. */
@Module({
  imports: [CommunityModule, MembersModule],
  providers: [CustomersService, CustomerResolver],
  exports: [CustomersService],
})
export class CustomersModule {}
