import { Module } from '@nestjs/common';
import { CustomersService } from './customers.service.js';

/** Imported customers and their orders, read as an analysis as of a date. */
@Module({
  providers: [CustomersService],
  exports: [CustomersService],
})
export class CustomersModule {}
