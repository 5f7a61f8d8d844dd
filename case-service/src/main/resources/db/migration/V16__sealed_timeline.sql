-- 电子签章: the court whose key sealed the case event a timeline entry was published as (its court code; null for
-- entries published unsealed before seals existed, and for notes, which are not published).
ALTER TABLE timeline_entry ADD COLUMN sealed_by varchar(60);
