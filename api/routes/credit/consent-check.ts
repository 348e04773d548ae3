// Whether a consent lets this bank have a credit score now. Each refusal maps to its own
// catalog code; the order puts "not yours" before anything about the consent's state, so a
// bank learns nothing about another bank's consents beyond their existence.
import type { ErrorCode } from '../../errors/catalog.js';
import { consentState } from '../../store/records.js';
import type { Consent } from '../../store/records.js';
import { CREDIT_SCORING_PURPOSE } from './schemas.js';

export function consentRefusal(consent: Consent | null, bankClientId: string, now: Date): ErrorCode | null {
  if (!consent) return 'CONSENT_NOT_FOUND';
  if (consent.bankClientId !== bankClientId) return 'CONSENT_WRONG_BANK';
  const state = consentState(consent, now);
  if (state === 'revoked') return 'CONSENT_REVOKED';
  if (state === 'expired') return 'CONSENT_EXPIRED';
  if (consent.purpose !== CREDIT_SCORING_PURPOSE) return 'CONSENT_WRONG_PURPOSE';
  if (!consent.scope.includes('score')) return 'CONSENT_OUT_OF_SCOPE';
  return null;
}
