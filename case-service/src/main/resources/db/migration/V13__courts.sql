-- The courts as data (法院): code (C + the administrative division code of the seat), name, level and the superior
-- court (parent_code). An intermediate court leads the basic courts whose parent it is (三统一: 统一管理、统一指挥、
-- 统一协调): its division head (执行局长) sees and steers their cases, moves a case between them (交叉执行) or up to
-- itself (提级执行). Requests between courts (事项委托) may go to any court of the table.
CREATE TABLE court (
    code        varchar(20)  PRIMARY KEY,
    name        varchar(100) NOT NULL,
    level       varchar(20)  NOT NULL CHECK (level IN ('HIGH', 'INTERMEDIATE', 'BASIC')),
    parent_code varchar(20)  REFERENCES court (code),
    CONSTRAINT court_not_own_parent CHECK (parent_code IS NULL OR parent_code <> code)
);
CREATE INDEX court_parent ON court (parent_code);

INSERT INTO court (code, name, level, parent_code) VALUES
    ('C320000', '江苏省高级人民法院', 'HIGH', NULL),
    ('C320500', '苏州市中级人民法院', 'INTERMEDIATE', 'C320000'),
    ('C320505', '苏州市虎丘区人民法院', 'BASIC', 'C320500'),
    ('C320506', '苏州市吴中区人民法院', 'BASIC', 'C320500'),
    ('C320507', '苏州市相城区人民法院', 'BASIC', 'C320500'),
    ('C320508', '苏州市姑苏区人民法院', 'BASIC', 'C320500'),
    ('C320509', '苏州市吴江区人民法院', 'BASIC', 'C320500'),
    ('C320571', '苏州工业园区人民法院', 'BASIC', 'C320500');
