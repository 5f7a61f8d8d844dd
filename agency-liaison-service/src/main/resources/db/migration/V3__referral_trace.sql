-- The W3C trace id of the request or record that created a referral: one court filing can be followed from the
-- gateway to every agency's inbox by a single id.
ALTER TABLE referral ADD COLUMN trace_id varchar(32);
