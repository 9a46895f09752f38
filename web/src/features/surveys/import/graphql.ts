import { graphql } from '../../../gql';

/** Surveys an import can go to: the page keeps those with an NPS question. */
export const SurveyImportChoicesDocument = graphql(`
  query SurveyImportChoices {
    surveys(first: 100) {
      nodes {
        id
        titleJa
        titleEn
        status
        questions {
          id
          type
          touchpoints {
            id
            key
          }
        }
      }
    }
  }
`);
