-- The judicial auction platform (网络司法拍卖平台, AgencyKind AUCTION_PLATFORM) courts hand seized property to
-- (法释〔2016〕18号 art. 2: online auction by default, on a platform of the Supreme People's Court's list). It takes its
-- JUDICIAL_AUCTION referrals from its pull queue, like the banks, as the service account auction-jd.
INSERT INTO agency (id, kind, name, bank_code, jurisdiction, contact, channel, status) VALUES
    ('AUCTION-JD', 'AUCTION_PLATFORM', '京东拍卖司法拍卖平台', NULL, '', 'sifapaimai@example.cn', 'PULL', 'ACTIVE');
