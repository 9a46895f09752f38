import { graphql } from '../../../gql';

export const LoyaltyCriteriaSetFieldsFragment = graphql(`
  fragment LoyaltyCriteriaSetFields on LoyaltyCriteriaSet {
    id
    name
    criteria {
      metric
      op
      value
    }
    loyalCount
    candidateCount
    updatedAt
  }
`);

export const LoyaltyCriteriaSetsDocument = graphql(`
  query LoyaltyCriteriaSets {
    loyaltyCriteriaSets {
      ...LoyaltyCriteriaSetFields
    }
  }
`);

/** The ranks a rank criterion compares with, lowest first. */
export const CriteriaRanksDocument = graphql(`
  query CriteriaRanks {
    ranks {
      id
      position
      nameJa
      nameEn
      icon
    }
  }
`);

export const LoyaltyPreviewDocument = graphql(`
  query LoyaltyPreview($criteria: [CriterionInput!]!) {
    loyaltyPreview(criteria: $criteria) {
      loyal
      candidates
      perCriterion
    }
  }
`);

export const LoyaltyCandidatesDocument = graphql(`
  query LoyaltyCandidates(
    $setId: ID
    $criteria: [CriterionInput!]
    $standing: LoyaltyStanding!
    $offset: Int!
    $limit: Int!
  ) {
    loyaltyCandidates(
      setId: $setId
      criteria: $criteria
      standing: $standing
      offset: $offset
      limit: $limit
    ) {
      totalCount
      nodes {
        met
        of
        lacking {
          criterion {
            metric
            op
            value
          }
          actual
        }
        member {
          ...AnalyticsMemberFields
        }
        loyalty {
          memberId
          engagementScore
          engagementTier
        }
      }
    }
  }
`);

export const SaveLoyaltyCriteriaSetDocument = graphql(`
  mutation SaveLoyaltyCriteriaSet($input: LoyaltyCriteriaSetInput!) {
    saveLoyaltyCriteriaSet(input: $input) {
      ...LoyaltyCriteriaSetFields
    }
  }
`);

export const DeleteLoyaltyCriteriaSetDocument = graphql(`
  mutation DeleteLoyaltyCriteriaSet($id: ID!) {
    deleteLoyaltyCriteriaSet(id: $id)
  }
`);
