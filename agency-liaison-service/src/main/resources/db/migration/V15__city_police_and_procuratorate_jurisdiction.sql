-- The city's police bureau and procuratorate act for every court of Suzhou, the basic courts under the intermediate
-- court as much as the intermediate court (the court table of case-service, V13__courts.sql): a 拒执 lead of
-- 虎丘区法院 goes to the same 苏州市公安局 as one of 姑苏区法院. An admin may still narrow a jurisdiction (PUT /agencies).
UPDATE agency SET jurisdiction = 'C320500,C320505,C320506,C320507,C320508,C320509,C320571'
 WHERE id IN ('POLICE-320500', 'PROC-320500') AND jurisdiction = 'C320500,C320508';
