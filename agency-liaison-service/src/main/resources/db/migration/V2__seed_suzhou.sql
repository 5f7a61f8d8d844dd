-- The Suzhou member agencies every environment starts with (the platform system tests rely on them).
INSERT INTO agency (id, kind, name, bank_code, jurisdiction, contact, channel, status) VALUES
    ('BANK-ICBC',     'BANK',          '工商银行苏州分行', '102', '',                'icbc-sz-zhixing@example.cn', 'PULL', 'ACTIVE'),
    ('BANK-BOC',      'BANK',          '中国银行苏州分行', '104', '',                'boc-sz-zhixing@example.cn',  'PULL', 'ACTIVE'),
    ('POLICE-320500', 'POLICE',        '苏州市公安局',     NULL,  'C320500,C320508', 'gaj-zhixing@example.cn',     'PULL', 'ACTIVE'),
    ('PROC-320500',   'PROCURATORATE', '苏州市人民检察院', NULL,  'C320500,C320508', 'jcy-zhixing@example.cn',     'PULL', 'ACTIVE');

-- The joint meeting (综合治理执行难工作联席会议): convened by the political-legal committee, office at the
-- intermediate court's enforcement bureau.
INSERT INTO jm_member_unit (id, name, role, agency_id, joined_on) VALUES
    ('ZFW-320500',    '苏州市委政法委',           'CONVENER', NULL,            '2019-01-01'),
    ('COURT-C320500', '苏州市中级人民法院',       'OFFICE',   NULL,            '2019-01-01'),
    ('POLICE-320500', '苏州市公安局',             'MEMBER',   'POLICE-320500', '2019-01-01'),
    ('PROC-320500',   '苏州市人民检察院',         'MEMBER',   'PROC-320500',   '2019-01-01'),
    ('BANK-ICBC',     '工商银行苏州分行',         'MEMBER',   'BANK-ICBC',     '2019-01-01'),
    ('BANK-BOC',      '中国银行苏州分行',         'MEMBER',   'BANK-BOC',      '2019-01-01');
