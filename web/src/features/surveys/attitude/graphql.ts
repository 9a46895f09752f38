import { graphql } from '../../../gql';

export const MemberAttitudeDocument = graphql(`
  query MemberAttitude($handle: String!) {
    member(handle: $handle) {
      id
      attitude {
        npsClass
        npsScore
        measuredAt
      }
    }
  }
`);
