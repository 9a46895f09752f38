import { graphql } from '../../gql';

export const SurveyQuestionFieldsFragment = graphql(`
  fragment SurveyQuestionFields on SurveyQuestion {
    id
    position
    type
    required
    promptJa
    promptEn
    withReason
    choices {
      key
      labelJa
      labelEn
    }
    touchpoints {
      id
      key
      labelJa
      labelEn
      position
    }
  }
`);

export const SurveyResponseFieldsFragment = graphql(`
  fragment SurveyResponseFields on SurveyResponse {
    id
    submitted
    answeredAt
    updatedAt
    answers {
      questionId
      score
      choiceKeys
      text
      touchpoints {
        touchpointId
        influence
      }
    }
  }
`);

export const AnswerSurveyDocument = graphql(`
  query AnswerSurvey($id: ID!, $token: String) {
    survey(id: $id, token: $token) {
      id
      titleJa
      titleEn
      descriptionJa
      descriptionEn
      status
      opensAt
      closesAt
      anonymous
      viewerAsked
      questions {
        ...SurveyQuestionFields
      }
      myResponse {
        ...SurveyResponseFields
      }
    }
  }
`);

export const SaveSurveyResponseDocument = graphql(`
  mutation SaveSurveyResponse($input: SaveSurveyResponseInput!) {
    saveSurveyResponse(input: $input) {
      ...SurveyResponseFields
    }
  }
`);

/** What answering earns (members read the point rules). */
export const SurveyPointsDocument = graphql(`
  query SurveyPoints {
    pointRules {
      key
      points
      enabled
    }
  }
`);
