package cn.lianxi.deploy.k8s;

import static cn.lianxi.deploy.k8s.Manifests.name;
import static cn.lianxi.deploy.k8s.Manifests.ofKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.lianxi.contracts.Topics;

/**
 * Kafka in Kubernetes enforces what the local broker enforces (RELIABILITY.md, "Kafka"): the listeners authenticate
 * with SCRAM-SHA-512, the cluster authorises with Kafka's ACLs, every KafkaUser has exactly the ACLs that
 * {@code deploy/local/kafka-access.json} gives its principal, every service runs as its own KafkaUser with the
 * password from that user's Secret, and every court with a KafkaUser has its own topic.
 */
final class KafkaAccessChecks {

    /** The services and the gateway: each a Deployment of that name and a KafkaUser of that name. */
    static final List<String> CLIENTS = List.of("case-service", "agency-liaison-service", "credit-sanction-service",
            "gateway");
    private static final Pattern COURT = Pattern.compile("court-(C[0-9]{6})");
    private static final Pattern AGENCY = Pattern.compile("agency-([A-Z][A-Z0-9-]{1,31})");

    private final JsonNode policy;
    private final List<ObjectNode> resources;

    KafkaAccessChecks(Platform platform, List<ObjectNode> resources) {
        this.policy = policy(platform.root.resolve("deploy/local/kafka-access.json"));
        this.resources = resources;
    }

    static JsonNode policy(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>(brokers());
        Set<String> users = new TreeSet<>();
        for (ObjectNode user : ofKind(resources, "KafkaUser")) {
            users.add(name(user));
            problems.addAll(user(user));
        }
        for (String client : CLIENTS) {
            if (!users.contains(client)) {
                problems.add("no KafkaUser for " + client);
            }
            problems.addAll(credentials(client));
        }
        return problems;
    }

    /** Every listener authenticates with SCRAM-SHA-512 and the cluster authorises with ACLs. */
    private List<String> brokers() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode kafka : ofKind(resources, "Kafka")) {
            for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
                String type = listener.path("authentication").path("type").asText("none");
                if (!type.equals("scram-sha-512")) {
                    problems.add("Kafka/" + name(kafka) + ": listener " + listener.path("name").asText()
                            + " authenticates with " + type + ", not scram-sha-512");
                }
            }
            String authorization = kafka.path("spec").path("kafka").path("authorization").path("type").asText("none");
            if (!authorization.equals("simple")) {
                problems.add("Kafka/" + name(kafka) + ": authorization " + authorization + ", not simple (ACLs)");
            }
        }
        return problems;
    }

    /** A KafkaUser: SCRAM, and exactly its principal's rules of the policy, its court's topic there. */
    private List<String> user(ObjectNode user) {
        List<String> problems = new ArrayList<>();
        String principal = name(user);
        String prefix = "KafkaUser/" + principal + ": ";
        if (!user.path("spec").path("authentication").path("type").asText().equals("scram-sha-512")) {
            problems.add(prefix + "not authenticated with scram-sha-512");
        }
        JsonNode expected = expectedAcls(principal);
        if (expected == null) {
            problems.add(prefix + "no principal of kafka-access.json (a service, court-C…, agency-…)");
            return problems;
        }
        Set<String> wanted = acls(expected);
        Set<String> given = acls(user.path("spec").path("authorization").path("acls"));
        for (String acl : given) {
            if (!wanted.contains(acl)) {
                problems.add(prefix + "an ACL kafka-access.json does not give: " + acl);
            }
        }
        for (String acl : wanted) {
            if (!given.contains(acl)) {
                problems.add(prefix + "lacks the ACL " + acl);
            }
        }
        Matcher court = COURT.matcher(principal);
        if (court.matches() && Manifests.find(resources, "KafkaTopic", Topics.courtCaseEvents(court.group(1))).isEmpty()) {
            problems.add(prefix + "no KafkaTopic " + Topics.courtCaseEvents(court.group(1)) + " for its court");
        }
        return problems;
    }

    /** The service runs as its own KafkaUser: its name, and the password from the user's Secret. */
    private List<String> credentials(String client) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : ofKind(resources, "Deployment")) {
            if (!name(deployment).equals(client)) {
                continue;
            }
            JsonNode container = Manifests.containers(deployment).get(0);
            String user = Manifests.env(resources, container, "LIANXI_KAFKA_USER").orElse("(none)");
            if (!user.equals(client)) {
                problems.add(client + ": LIANXI_KAFKA_USER is " + user + ", not its own KafkaUser " + client);
            }
            JsonNode secret = null;
            for (JsonNode env : container.path("env")) {
                if (env.path("name").asText().equals("LIANXI_KAFKA_PASSWORD")) {
                    secret = env.path("valueFrom").path("secretKeyRef");
                }
            }
            if (secret == null || !secret.path("name").asText().equals(client)
                    || !secret.path("key").asText().equals("password")) {
                problems.add(client + ": LIANXI_KAFKA_PASSWORD is not the password of the Secret " + client
                        + " (its KafkaUser's)");
            }
        }
        return problems;
    }

    /** The policy's rules for a principal, its court or agency filled in; null for no principal of the policy. */
    private JsonNode expectedAcls(String principal) {
        Matcher court = COURT.matcher(principal);
        Matcher agency = AGENCY.matcher(principal);
        String template = court.matches() ? "court-{court}" : agency.matches() ? "agency-{agency}" : principal;
        JsonNode rules = policy.path("principals").path(template);
        if (!rules.isArray()) {
            return null;
        }
        String text = rules.toString();
        if (court.matches()) {
            text = text.replace("{court}", court.group(1));
        }
        if (agency.matches()) {
            text = text.replace("{agency}", agency.group(1));
        }
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line per operation on a resource, e.g. {@code topic prefix court. Read}, to compare as sets. */
    private static Set<String> acls(JsonNode rules) {
        Set<String> acls = new TreeSet<>();
        for (JsonNode rule : rules) {
            JsonNode r = rule.path("resource");
            for (JsonNode op : rule.path("operations")) {
                acls.add(r.path("type").asText() + " " + r.path("patternType").asText("literal") + " "
                        + r.path("name").asText() + " " + op.asText());
            }
        }
        return acls;
    }
}
