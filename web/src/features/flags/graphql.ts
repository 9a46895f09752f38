import { graphql } from '../../gql';

export const FlagDocument = graphql(`
  mutation Flag($input: FlagInput!) {
    flag(input: $input)
  }
`);
