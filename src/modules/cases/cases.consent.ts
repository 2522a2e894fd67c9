/**
 * The consent gate (Primero's model, ADR 0026). The bureau is a public agency: using a person's data
 * outside the purpose it was collected for (telling another organisation about a case, or handing it a
 * note) needs the person's written consent, 個人資料保護法 Art. 16 I ⑦, or another ground of that paragraph
 * (③ a danger to the person's life, body, freedom or property; ④ preventing serious harm to others). The
 * platform asks for a consent whose scope covers the act and which has not expired; without one, only a
 * supervisor may go ahead, writing down the ground as the override reason, which is kept with the act.
 */
export type ConsentScope = 'referral' | 'share-notes';

export type ConsentRow = {
  id: string;
  purpose: string;
  scope: ConsentScope[];
  given_on: string;
  expires_on: string;
  withdrawn_on: string | null;
};

/**
 * Whether a consent covers the act on the given calendar day. `expiresOn` is the day the consent runs out:
 * it holds on the days before it and no longer on the day itself (as the employment module's 特定對象
 * consent, ADR 0018). A consent not yet given, or withdrawn on or before the day, does not hold.
 */
export function consentHolds(consent: ConsentRow, scope: ConsentScope, on: string): boolean {
  if (!consent.scope.includes(scope)) return false;
  if (consent.given_on > on || consent.expires_on <= on) return false;
  return consent.withdrawn_on === null || consent.withdrawn_on > on;
}

/** The consent an act may rely on: the one of its scope that holds today and runs longest. */
export function consentFor(consents: readonly ConsentRow[], scope: ConsentScope, on: string): ConsentRow | undefined {
  return consents.filter((c) => consentHolds(c, scope, on)).sort((a, b) => b.expires_on.localeCompare(a.expires_on))[0];
}
