import { useEffect } from 'react';
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LIMITS, LOCALES, UPLOADED_AVATAR } from '@kizuna/shared';
import { isLocale, LOCALE_NAMES, storeLocale } from '../../app/locale';
import { useViewer, type Viewer } from '../../app/session';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { useServerErrors } from '../../ui/useServerErrors';
import { handleFormat, httpUrl, maxLen, minLen, required, rule } from '../../ui/validators';
import { UpdateProfileDocument } from '../members/graphql';
import { AvatarField } from './AvatarField';

function valuesOf(viewer: Viewer) {
  return {
    displayName: viewer.displayName,
    handle: viewer.handle,
    avatarUrl: viewer.avatarUrl ?? '',
    bio: viewer.bio,
    locale: viewer.locale,
    timezone: viewer.timezone,
  };
}

function EditProfileForm({ viewer }: { viewer: Viewer }) {
  const { t, i18n } = useTranslation(['profile', 'common']);
  const navigate = useNavigate();
  const [update, { loading }] = useMutation(UpdateProfileDocument);
  const form = useForm({
    initialValues: valuesOf(viewer),
    validate: {
      displayName: rule(t, 'displayName', required, maxLen(LIMITS.displayNameMax)),
      handle: rule(
        t,
        'handle',
        required,
        minLen(LIMITS.handleMin),
        maxLen(LIMITS.handleMax),
        handleFormat,
      ),
      avatarUrl: rule(t, 'avatarUrl', maxLen(LIMITS.urlMax), (v) =>
        UPLOADED_AVATAR.test(v) ? null : httpUrl(v),
      ),
      bio: rule(t, 'bio', maxLen(LIMITS.bioMax)),
      timezone: rule(t, 'timezone', required),
    },
  });
  const server = useServerErrors(form);

  // Someone else's change (or the language menu) updates the member: keep untouched fields fresh.
  useEffect(() => {
    if (!form.isDirty('locale')) form.setFieldValue('locale', viewer.locale);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewer.locale]);

  const submit = form.onSubmit(async (values) => {
    server.clear();
    try {
      const { data } = await update({
        variables: {
          input: {
            displayName: values.displayName.trim(),
            handle: values.handle.trim(),
            avatarUrl: values.avatarUrl.trim() || null,
            bio: values.bio,
            locale: values.locale,
            timezone: values.timezone,
          },
        },
      });
      if (isLocale(values.locale) && values.locale !== i18n.language) {
        storeLocale(values.locale);
        await i18n.changeLanguage(values.locale);
      }
      form.resetDirty();
      notifications.show({ color: 'kizuna', message: t('edit.saved') });
      if (data) await navigate(`/members/${data.updateProfile.handle}`);
    } catch (error) {
      server.report(error);
    }
  });

  const bioLength = [...form.values.bio].length;

  return (
    <form onSubmit={submit} noValidate>
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="md">
          <FormAlert message={server.message} />
          <AvatarField form={form} displayName={form.values.displayName || viewer.displayName} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('fields.displayName')}
              required
              maxLength={LIMITS.displayNameMax}
              {...form.getInputProps('displayName')}
            />
            <TextInput
              label={t('fields.handle')}
              description={t('fields.handleHint', { min: LIMITS.handleMin, max: LIMITS.handleMax })}
              leftSection="@"
              required
              autoCapitalize="none"
              spellCheck={false}
              maxLength={LIMITS.handleMax}
              {...form.getInputProps('handle')}
            />
          </SimpleGrid>
          <Textarea
            label={t('fields.bio')}
            description={t('fields.bioCount', { count: bioLength, max: LIMITS.bioMax })}
            autosize
            minRows={4}
            maxRows={12}
            {...form.getInputProps('bio')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('fields.language')}
              data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
              allowDeselect={false}
              {...form.getInputProps('locale')}
            />
            <TimeZoneSelect
              label={t('fields.timezone')}
              required
              {...form.getInputProps('timezone')}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button component={Link} to={`/members/${viewer.handle}`} variant="default">
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}

export function EditProfilePage() {
  const { t } = useTranslation(['profile', 'common']);
  const { viewer } = useViewer();
  return (
    <Page title={t('edit.title')} description={t('edit.lead')} size="md">
      {viewer ? <EditProfileForm viewer={viewer} /> : null}
    </Page>
  );
}
