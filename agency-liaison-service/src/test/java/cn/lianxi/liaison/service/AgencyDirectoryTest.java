package cn.lianxi.liaison.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.AgencyChanged;
import cn.lianxi.contracts.Topics;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.testsupport.KafkaBrokerResource;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class AgencyDirectoryTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    @DisplayName("Registration and suspension publish the agency's entry on the compacted directory topic")
    void registrationAndSuspensionArePublished() {
        String bank = Agencies.newBank("PULL");
        given().auth().oauth2(Tokens.withRole("admin")).when().post("/agencies/" + bank + "/suspension")
                .then().statusCode(200);

        List<ConsumerRecord<String, String>> entries = Referrals.ofKey(kafka, Topics.AGENCY_DIRECTORY, bank, 2);
        assertEquals(2, entries.size());
        JsonPath registered = JsonPath.from(entries.get(0).value());
        JsonPath suspended = JsonPath.from(entries.get(1).value());
        assertEquals(List.of("ACTIVE", "SUSPENDED"), List.of(registered.getString("status"), suspended.getString("status")));
        assertEquals(bank, suspended.getString("agencyId"));
        assertEquals("BANK", suspended.getString("kind"));
        assertEquals(registered.getString("bankCode"), suspended.getString("bankCode"));
        assertEquals(AgencyChanged.CE_TYPE, Referrals.header(entries.get(1), "ce_type"));
        assertEquals(bank, Referrals.header(entries.get(1), "ce_subject"), "the entry is about the agency");
        assertNotNull(Referrals.header(entries.get(1), "traceparent"), "the admin's request's trace");
    }

    @Test
    @DisplayName("At start every agency is published once, so a fresh consumer of the compacted topic learns them all")
    void everyAgencyIsPublishedAtStartOnACompactedTopic() throws Exception {
        ConsumerRecord<String, String> atStart = Referrals.ofKey(kafka, Topics.AGENCY_DIRECTORY, Agencies.ICBC, 1).get(0);
        assertEquals(Agencies.ICBC, Referrals.header(atStart, "ce_subject"));
        assertNotNull(Referrals.header(atStart, "traceparent"), "published at start in a span of its own");
        JsonPath icbc = JsonPath.from(atStart.value());
        assertEquals("ACTIVE", icbc.getString("status"));
        assertEquals("102", icbc.getString("bankCode"));
        JsonPath.from(Referrals.ofKey(kafka, Topics.AGENCY_DIRECTORY, Agencies.POLICE, 1).get(0).value());

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBrokerResource.bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.AGENCY_DIRECTORY);
            Config config = admin.describeConfigs(Set.of(topic)).all().get(15, TimeUnit.SECONDS).get(topic);
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value());
        }
    }
}
