import { Catch, type ExceptionFilter } from '@nestjs/common';
import { GraphQLError } from 'graphql';

/**
 * Errors meant for the client (AppError and other GraphQL errors) go back as they are, without
 * the error-level log Nest writes for exceptions; anything else still reaches Nest's handler,
 * which logs it with its stack and the request id.
 */
@Catch(GraphQLError)
export class ExpectedErrorFilter implements ExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
