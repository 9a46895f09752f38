import { graphql } from '../../../gql';

export const NpsSummaryFieldsFragment = graphql(`
  fragment NpsSummaryFields on NpsSummary {
    responses
    promoters
    passives
    detractors
    promoterShare
    passiveShare
    detractorShare
    score
    marginOfError
    distribution
    suppressed
  }
`);

export const TouchpointStatsFieldsFragment = graphql(`
  fragment TouchpointStatsFields on TouchpointClassStats {
    responses
    mean
    positiveShare
    negativeShare
    notApplicable
  }
`);

export const SurveyResultsPageDocument = graphql(`
  query SurveyResultsPage(
    $surveyId: ID!
    $filter: SurveyResultsFilter
    $period: SurveyTrendPeriod!
  ) {
    surveyResults(surveyId: $surveyId, filter: $filter) {
      survey {
        id
        titleJa
        titleEn
        status
        anonymous
        opensAt
        closesAt
        responseCount
      }
      responses
      partial
      nps {
        ...NpsSummaryFields
      }
      npsTrend(period: $period) {
        periodStart
        summary {
          ...NpsSummaryFields
        }
      }
      npsByRank {
        key
        labelJa
        labelEn
        summary {
          ...NpsSummaryFields
        }
      }
      npsBySegment {
        key
        labelJa
        labelEn
        summary {
          ...NpsSummaryFields
        }
      }
      questions {
        answered
        question {
          id
          position
          type
          promptJa
          promptEn
          withReason
        }
        nps {
          ...NpsSummaryFields
        }
        scale {
          responses
          mean
          distribution
          satisfiedShare
        }
        choices {
          key
          labelJa
          labelEn
          count
          share
        }
        touchpoints {
          lift
          touchpoint {
            id
            key
            labelJa
            labelEn
          }
          overall {
            ...TouchpointStatsFields
          }
          promoters {
            ...TouchpointStatsFields
          }
          passives {
            ...TouchpointStatsFields
          }
          detractors {
            ...TouchpointStatsFields
          }
        }
      }
    }
  }
`);

export const SurveySegmentChoicesDocument = graphql(`
  query SurveySegmentChoices {
    surveySegments {
      key
      labelJa
      labelEn
    }
  }
`);

export const SurveyNpsComparisonDocument = graphql(`
  query SurveyNpsComparison($surveyId: ID!, $a: DateRangeInput!, $b: DateRangeInput!) {
    npsComparison(surveyId: $surveyId, a: $a, b: $b) {
      a {
        ...NpsSummaryFields
      }
      b {
        ...NpsSummaryFields
      }
      delta
      z
      pValue
      significant
    }
  }
`);

export const SurveyTextAnswerListDocument = graphql(`
  query SurveyTextAnswerList(
    $surveyId: ID!
    $questionId: ID!
    $search: String
    $after: String
    $first: Int
    $filter: SurveyResultsFilter
  ) {
    surveyTextAnswers(
      surveyId: $surveyId
      questionId: $questionId
      filter: $filter
      search: $search
      after: $after
      first: $first
    ) {
      nodes {
        responseId
        text
        answeredAt
        npsScore
        respondent {
          id
          handle
          displayName
          avatarUrl
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** The community's time zone, on whose clocks the filters' days start. */
export const SurveyResultsZoneDocument = graphql(`
  query SurveyResultsZone {
    community {
      timezone
    }
  }
`);
