import { graphql } from '../../../gql';

export const CustomerValueSettingsFieldsFragment = graphql(`
  fragment CustomerValueSettingsFields on CustomerValueSettings {
    marginRate
    expectedYears
    costPerCustomer
    highLtvThreshold
    updatedAt
  }
`);

export const CustomerValueSettingsPageDocument = graphql(`
  query CustomerValueSettingsPage {
    customerValueSettings {
      ...CustomerValueSettingsFields
    }
  }
`);

export const UpdateCustomerValueSettingsDocument = graphql(`
  mutation UpdateCustomerValueSettings($input: CustomerValueSettingsInput!) {
    updateCustomerValueSettings(input: $input) {
      ...CustomerValueSettingsFields
    }
  }
`);

export const EngagementSettingsFieldsFragment = graphql(`
  fragment EngagementSettingsFields on AnalyticsSettings {
    windowDays
    halfLifeDays
    weights {
      action
      weight
      defaultWeight
    }
    updatedAt
  }
`);

export const EngagementSettingsPageDocument = graphql(`
  query EngagementSettingsPage {
    analyticsSettings {
      ...EngagementSettingsFields
    }
  }
`);

export const UpdateEngagementSettingsDocument = graphql(`
  mutation UpdateEngagementSettings($input: AnalyticsSettingsInput!) {
    updateAnalyticsSettings(input: $input) {
      ...EngagementSettingsFields
    }
  }
`);
