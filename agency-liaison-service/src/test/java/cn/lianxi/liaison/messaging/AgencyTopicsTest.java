package cn.lianxi.liaison.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.Topics;
import cn.lianxi.liaison.Agencies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * A Kafka-connected agency's own topics exist once its registration is answered, before anything is dispatched to it
 * (a production broker creates no topic on a first write, and one stuck dispatch would hold back the outbox).
 */
@QuarkusTest
class AgencyTopicsTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void registeringAKafkaBankCreatesItsResultsTopicAndABankReferralTopicPerKind() {
        String bank = Agencies.newBank("KAFKA");
        Set<String> topics = kafka.topics().list();
        for (String kind : List.of("bank-inquiry", "freeze", "freeze-renewal", "unfreeze", "deduction", "other")) {
            assertTrue(topics.contains(Topics.referralDispatch(bank, kind)), kind + " of " + bank + ": " + topics);
        }
        assertTrue(topics.contains(Topics.agencyResults(bank)), "its results topic");
        assertFalse(topics.contains(Topics.referralDispatch(bank, "locate-person")), "a bank takes no police referral");

        String pull = Agencies.newBank("PULL");
        assertFalse(kafka.topics().list().contains(Topics.agencyResults(pull)), "a pulling bank has no topics");
    }
}
