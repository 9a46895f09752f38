import { graphql } from '../../gql';

/** The home card's survey: the first open one the viewer was asked and has not answered. */
export const MySurveysDocument = graphql(`
  query MySurveys {
    mySurveys {
      id
      titleJa
      titleEn
      descriptionJa
      descriptionEn
      closesAt
      questions {
        id
        type
        promptJa
        promptEn
      }
    }
  }
`);

export const SaveSurveyScoreDocument = graphql(`
  mutation SaveSurveyScore($input: SaveSurveyResponseInput!) {
    saveSurveyResponse(input: $input) {
      id
      submitted
    }
  }
`);
