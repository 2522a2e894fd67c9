import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormText } from '../../ui/form-page.tsx';

type Form<Values extends FieldValues> = UseFormReturn<Values>;

/** A new password, worded and autocompleted the same way wherever an account gets one. */
export function NewPasswordField<Values extends FieldValues>({ form }: { form: Form<Values> }) {
  const { t } = useI18n();
  return (
    <FormText
      form={form}
      name={'password' as Path<Values>}
      label={t('public-account.fields.new_password')}
      hint={t('public-account.fields.password_hint')}
      type="password"
      autoComplete="new-password"
    />
  );
}

/** The sign-in address and its new password: the last two fields of both sign-up forms. */
export function CredentialFields<Values extends FieldValues>({ form }: { form: Form<Values> }) {
  const { t } = useI18n();
  return (
    <>
      <FormText form={form} name={'email' as Path<Values>} label={t('public-account.fields.email')} type="email" inputMode="email" autoComplete="email" />
      <NewPasswordField form={form} />
    </>
  );
}
