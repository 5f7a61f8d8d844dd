import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The launcher's Kafka access tool: gives each principal of {@code kafka-access.json} its SCRAM credential, exactly
 * the ACLs the file lists for it, and the topics it must find, and writes the client settings it needs. Run as a
 * single-file program on the broker's own jars ({@code java -cp target/kafka-libs/* KafkaAccess.java …}) by
 * {@code deploy/local/lianxi}; in Kubernetes, Strimzi's User Operator does the same from the KafkaUser resources.
 *
 * <p>Why not Kafka's console tools: {@code kafka-configs} and {@code kafka-acls} start one JVM per user and per ACL
 * change (some thirty for the platform, about a minute on two cores), and neither removes the ACLs a principal should
 * no longer have; this uses the same Admin API in one JVM.
 *
 * <pre>
 *   grant BOOTSTRAP DIR POLICY PRINCIPAL... as lianxi-admin: credential, ACLs, topics and DIR/PRINCIPAL.properties
 *                                           for each PRINCIPAL and every other principal DIR has a password for
 * </pre>
 * The launcher generates the passwords ({@code DIR/PRINCIPAL.password}); this only reads them.
 */
public final class KafkaAccess {

    private static final Set<String> SUPER = Set.of("broker", "lianxi-admin");
    private static final Pattern COURT = Pattern.compile("court-(C[0-9]{6})");
    private static final Pattern AGENCY = Pattern.compile("agency-([A-Z][A-Z0-9-]{1,31})");

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("grant")) {
            grant(args[1], Path.of(args[2]), new ObjectMapper().readTree(Path.of(args[3]).toFile()),
                    List.of(args).subList(4, args.length));
        } else {
            System.err.println("usage: KafkaAccess grant BOOTSTRAP DIR POLICY PRINCIPAL...");
            System.exit(2);
        }
    }

    /** The principal's password, as the launcher generated it. */
    static String password(Path dir, String principal) throws IOException {
        return Files.readString(dir.resolve(principal + ".password")).trim();
    }

    private static void grant(String bootstrap, Path dir, JsonNode policy, List<String> asked) throws Exception {
        Set<String> principals = new TreeSet<>(asked);
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".password"))
                    .map(n -> n.substring(0, n.length() - ".password".length())).filter(p -> !SUPER.contains(p))
                    .forEach(principals::add);
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", jaas("lianxi-admin", password(dir, "lianxi-admin")),
                "default.api.timeout.ms", 30_000))) {
            for (String principal : principals) {
                Template t = template(policy, principal);
                String password = password(dir, principal);
                admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(principal,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password))).all().get();
                aclsExactly(admin, principal, t.acls());
                topics(admin, t.topics());
                writePrivate(dir.resolve(principal + ".properties"), clientSettings(bootstrap, principal, password));
                System.out.printf("[kafka-access] %s: %d ACLs%s%n", principal, t.acls().size(), t.topics().isEmpty()
                        ? "" : ", topics " + t.topics().stream().map(NewTopic::name).toList());
            }
            // the operator's own settings, for the console tools (lianxi kafka-produce, kafka-consume) and the tests
            writePrivate(dir.resolve("lianxi-admin.properties"),
                    clientSettings(bootstrap, "lianxi-admin", password(dir, "lianxi-admin")));
        }
    }

    /** A principal's rules with its court or agency filled in. */
    record Template(List<AclBinding> acls, List<NewTopic> topics) {
    }

    static Template template(JsonNode policy, String principal) {
        String key = principal;
        String court = null;
        String agency = null;
        Matcher c = COURT.matcher(principal);
        Matcher a = AGENCY.matcher(principal);
        if (c.matches()) {
            key = "court-{court}";
            court = c.group(1);
        } else if (a.matches()) {
            key = "agency-{agency}";
            agency = a.group(1);
        }
        JsonNode rules = policy.path("principals").path(key);
        if (!rules.isArray()) {
            throw new IllegalArgumentException(principal + " is no principal of the policy (a service, court-C…, agency-…)");
        }
        List<AclBinding> acls = new ArrayList<>();
        for (JsonNode rule : rules) {
            JsonNode r = rule.path("resource");
            ResourcePattern resource = new ResourcePattern(ResourceType.fromString(r.path("type").asText()),
                    fill(r.path("name").asText(), court, agency),
                    r.path("patternType").asText().equals("prefix") ? PatternType.PREFIXED : PatternType.LITERAL);
            for (JsonNode op : rule.path("operations")) {
                acls.add(new AclBinding(resource, new AccessControlEntry("User:" + principal, "*",
                        operation(op.asText()), AclPermissionType.ALLOW)));
            }
        }
        List<NewTopic> topics = new ArrayList<>();
        for (JsonNode topic : policy.path("topics").path(key)) {
            Map<String, String> config = new TreeMap<>();
            topic.path("config").properties().forEach(e -> config.put(e.getKey(), e.getValue().asText()));
            String name = fill(topic.isTextual() ? topic.asText() : topic.path("name").asText(), court, agency);
            topics.add(new NewTopic(name, Optional.empty(), Optional.empty()).configs(config));
        }
        return new Template(acls, topics);
    }

    private static String fill(String name, String court, String agency) {
        return name.replace("{court}", court == null ? "{court}" : court)
                .replace("{agency}", agency == null ? "{agency}" : agency);
    }

    /** {@code DescribeConfigs} as Strimzi spells it is {@link AclOperation#DESCRIBE_CONFIGS}. */
    private static AclOperation operation(String strimzi) {
        return AclOperation.valueOf(strimzi.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }

    /** Adds the missing ACLs and removes those the policy no longer gives, so a reused broker follows the file. */
    private static void aclsExactly(Admin admin, String principal, List<AclBinding> wanted) throws Exception {
        AclBindingFilter mine = new AclBindingFilter(ResourcePatternFilter.ANY, new AccessControlEntryFilter(
                "User:" + principal, null, AclOperation.ANY, AclPermissionType.ANY));
        Set<AclBinding> existing = new HashSet<>(admin.describeAcls(mine).values().get());
        Set<AclBinding> add = new LinkedHashSet<>(wanted);
        add.removeAll(existing);
        if (!add.isEmpty()) {
            admin.createAcls(add).all().get();
        }
        List<AclBindingFilter> stale = existing.stream().filter(b -> !wanted.contains(b)).map(AclBinding::toFilter)
                .toList();
        if (!stale.isEmpty()) {
            admin.deleteAcls(stale).all().get();
        }
    }

    /** Creates the topics that do not exist yet (with the broker's partitions and replication); existing ones stay. */
    private static void topics(Admin admin, List<NewTopic> topics) throws InterruptedException {
        for (NewTopic topic : topics) {
            try {
                admin.createTopics(List.of(topic)).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("could not create " + topic.name(), e.getCause());
                }
            }
        }
    }

    /**
     * What a client of this principal configures: the same keys for a Java client, librdkafka or the console tools.
     * Written line by line: {@code Properties.store} would escape every {@code =} and {@code :} of the values.
     */
    static String clientSettings(String bootstrap, String principal, String password) {
        return String.join("\n",
                "# Kafka client settings of " + principal + " (deploy/local/lianxi kafka-user); keep them secret",
                "bootstrap.servers=" + bootstrap,
                "security.protocol=SASL_PLAINTEXT",
                "sasl.mechanism=SCRAM-SHA-512",
                "sasl.jaas.config=" + jaas(principal, password),
                "");
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
