import { Module } from '@nestjs/common';
import { CommunityModule } from '../community/community.module.js';
import { MembersModule } from '../members/members.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { AnalysisCache } from './analysis-cache.js';
import { CustomerAdmin } from './customer-admin.service.js';
import { CustomerMatching } from './customer-matching.js';
import { CustomersConsumer } from './customers.consumer.js';
import { CustomersRepository } from './customers.repository.js';
import { CustomerResolver, CustomersResolver, DataImportResolver } from './customers.resolver.js';
import { CustomersService } from './customers.service.js';
import { DataImportsRepository } from './import/data-imports.repository.js';
import { OrderImportController } from './import/order-import.controller.js';
import { OrderImportService } from './import/order-import.service.js';

/**
 * Customers: what the brand's own systems know of the people in the community (orders imported
 * from a CSV file, matched to members by e-mail or by a customer id an admin sets), and every
 * customer's value as of a date: LTV, RFM and the NPS × LTV matrix (the rules in
 * shared/loyalty). Other modules read it through CustomersService (analyse, ordersOf,
 * customerOf).
 */
@Module({
  imports: [CommunityModule, MembersModule, SurveysModule],
  controllers: [OrderImportController],
  providers: [
    CustomersRepository,
    DataImportsRepository,
    AnalysisCache,
    CustomerMatching,
    CustomersService,
    CustomerAdmin,
    OrderImportService,
    CustomersConsumer,
    CustomersResolver,
    CustomerResolver,
    DataImportResolver,
  ],
  exports: [CustomersService],
})
export class CustomersModule {}
