package cn.lianxi.credit.service;

import jakarta.validation.constraints.Size;

import cn.lianxi.contracts.constraints.CleanText;

/**
 * What an upheld correction request for inaccurate information (记载和公布的失信信息不准确, 法释〔2017〕7号 art. 11(2))
 * changes in the entry; a field left null stays as it was.
 *
 * @param ground the corrected art. 1 item, 1 to 6; the term follows it (art. 2: none for item 1, else the listing's
 *               own or 24 months)
 */
public record CorrectedEntry(@Size(max = 200) @CleanText String subjectName, @Size(max = 18) String subjectIdNumber,
        Integer ground, @Size(max = 100) @CleanText String documentNumber) {
}
