package cn.lianxi.cases.service;

import java.util.UUID;

/**
 * A query code (查询码) just issued to a party, the one time it is shown: to the clerk or judge who filed the case
 * (the filing answer, a batch's answer) or who issued it again. The court hands it to the party with the filing
 * notice; the platform keeps only its hash.
 *
 * @param partyId  the party ({@code parties[].id} of the case)
 * @param idNumber the party's resident ID or credit code, so a court system can tell its parties apart
 * @param queryCode eight characters, e.g. {@code K7MQ2XWD}
 */
public record IssuedCode(UUID partyId, String idNumber, String queryCode) {
}
