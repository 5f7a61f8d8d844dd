-- Referral payloads become the contract's ReferralPayload JSON (issue 14): the respondent travels as a PartyRef,
-- a procuratorate referral's "reason" becomes its "note". Results already had the ReferralResult shape.
UPDATE referral
SET payload = (payload - 'respondentName' - 'respondentIdNumber' - 'respondentType' - 'reason')
    || jsonb_build_object('respondent', jsonb_build_object('role', 'RESPONDENT', 'type', payload->>'respondentType',
        'name', payload->>'respondentName', 'idNumber', payload->>'respondentIdNumber', 'minor', false))
    || CASE WHEN payload ? 'reason' THEN jsonb_build_object('note', payload->'reason') ELSE '{}'::jsonb END
WHERE payload ? 'respondentName';
