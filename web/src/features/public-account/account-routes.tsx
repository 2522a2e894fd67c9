/** The public account pages, one on-demand chunk (routes in app/app.tsx). */
export { AccountPage } from './account-page.tsx';
export { PasswordResetRequestPage, SignInPage } from './sign-in-page.tsx';
export { EmployerSignUpPage, SignUpPage } from './sign-up-pages.tsx';
export { InvitationPage, ResetPasswordPage, VerifyEmailPage } from './token-pages.tsx';
