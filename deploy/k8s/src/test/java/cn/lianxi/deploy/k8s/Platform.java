package cn.lianxi.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.contracts.Topics;

/**
 * What the repository says the platform is: the topic constants from event-contracts' {@link Topics}, and, read
 * as files so this module depends on no service's code, the services' {@code application.properties}, the AsyncAPI document, the realm files and the Dockerfiles. Files
 * other engineers are still writing may be missing; callers decide whether that skips or fails a check.
 */
final class Platform {

    /** The four deployable modules; each is a Deployment, a Service and an image of the same name. */
    static final List<String> SERVICES = List.of("case-service", "agency-liaison-service", "credit-sanction-service",
            "gateway");

    /** The dev realm: published users and secrets, for `up`, the tests and the dev overlay only. */
    static final String DEV_REALM = "deploy/keycloak/enforcement-realm.json";
    /** The production realm: no users, secrets from a Kubernetes Secret, hardened (ProductionChecks). */
    static final String PROD_REALM = "deploy/k8s/overlays/prod/keycloak/enforcement-realm.prod.json";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^:}]+:([^}]*)}");
    private static final Pattern DATABASE = Pattern.compile("/(\\w+)\\$\\{LIANXI_DB_SUFFIX");
    private static final String INCOMING = "mp.messaging.incoming.";

    final Path root;
    private final Map<String, Properties> properties = new TreeMap<>();

    private Platform(Path root) {
        this.root = root;
        for (String service : SERVICES) {
            load(service + "/src/main/resources/application.properties").ifPresent(p -> properties.put(service, p));
        }
    }

    /** The repository this module lives in (tests run in deploy/k8s). */
    static Platform fromWorkingDirectory() {
        return new Platform(Path.of("").toAbsolutePath().resolve("../..").normalize());
    }

    Path k8s(String relative) {
        return root.resolve("deploy/k8s").resolve(relative);
    }

    Optional<Properties> properties(String service) {
        return Optional.ofNullable(properties.get(service));
    }

    OptionalInt httpPort(String service) {
        return port(service, "quarkus.http.port");
    }

    /** The port of the service's management interface (health, metrics), {@code quarkus.management.port}. */
    OptionalInt managementPort(String service) {
        return port(service, "quarkus.management.port");
    }

    private OptionalInt port(String service, String property) {
        return properties(service).map(p -> p.getProperty(property))
                .map(v -> OptionalInt.of(Integer.parseInt(resolve(v).trim()))).orElse(OptionalInt.empty());
    }

    /** Database name and owner role from {@code lianxi.db.url} and {@code quarkus.datasource.username}. */
    Optional<Map.Entry<String, String>> database(String service) {
        return properties(service).flatMap(p -> {
            Matcher m = DATABASE.matcher(p.getProperty("lianxi.db.url", ""));
            return m.find() ? Optional.of(Map.entry(m.group(1), p.getProperty("quarkus.datasource.username", "")))
                    : Optional.empty();
        });
    }

    /** Topics this service's incoming channels read. */
    Set<String> consumedTopics(String service) {
        return properties(service).map(p -> p.stringPropertyNames().stream()
                .filter(k -> k.startsWith(INCOMING) && k.endsWith(".topic") && !k.contains("dead-letter"))
                .map(k -> resolve(p.getProperty(k))).collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(TreeSet::new);
    }

    /** The consumer group(s) of this service's incoming channels. */
    Set<String> consumerGroups(String service) {
        return properties(service).map(p -> p.stringPropertyNames().stream()
                .filter(k -> k.startsWith(INCOMING) && k.endsWith(".group.id"))
                .map(k -> resolve(p.getProperty(k))).collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(TreeSet::new);
    }

    /**
     * Every topic that exists from the start: {@code *topic=} values of the services' and service-kit's configuration
     * (a channel subscribed by pattern names no topic), the constants of Topics.java and the AsyncAPI channel
     * addresses without parameters. The courts' own topics come with their KafkaUsers (KafkaAccessChecks); a
     * Kafka-connected agency's are created by agency-liaison-service when it is registered.
     */
    Set<String> requiredTopics() {
        Set<String> topics = new TreeSet<>();
        List<Properties> configs = new java.util.ArrayList<>(properties.values());
        load("service-kit/src/main/resources/META-INF/microprofile-config.properties").ifPresent(configs::add);
        for (Properties p : configs) {
            p.stringPropertyNames().stream().filter(k -> k.endsWith(".topic"))
                    .filter(k -> !Boolean.parseBoolean(p.getProperty(k.substring(0, k.length() - "topic".length())
                            + "pattern")))
                    .forEach(k -> topics.add(resolve(p.getProperty(k))));
        }
        topics.addAll(contractTopics());
        for (String address : asyncApiAddresses()) {
            // a parameter is a court's or an agency's own topic, or a naming pattern (per-consumer dead letters)
            if (!address.contains("{")) {
                topics.add(address);
            }
        }
        return topics;
    }

    /** The constants of the contract's {@link Topics} that name topics (not its prefixes, not its patterns). */
    Set<String> contractTopics() {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().endsWith("_PATTERN")) {
                String topic = constant(field);
                if (!topic.endsWith(".")) {
                    topics.add(topic);
                }
            }
        }
        return topics;
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> asyncApiAddresses() {
        try {
            JsonNode doc = Kustomize.YAML.readTree(root.resolve("event-contracts/src/main/resources/asyncapi.yaml")
                    .toFile());
            return doc.path("channels").findValuesAsText("address");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm file Keycloak imports in the overlay: the repository's dev realm, or the production realm in prod. */
    static String realmFile(String overlay) {
        return overlay.equals("prod") ? PROD_REALM : DEV_REALM;
    }

    String realmJson(String file) {
        return read(file);
    }

    Optional<String> dockerfile(String service) {
        Path file = root.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
        return Files.exists(file) ? Optional.of(read(root.relativize(file).toString())) : Optional.empty();
    }

    Optional<String> operations() {
        return Files.exists(root.resolve("OPERATIONS.md")) ? Optional.of(read("OPERATIONS.md")) : Optional.empty();
    }

    /** {@code ${VAR:default}} → default: the value the platform runs with when the variable is unset. */
    static String resolve(String value) {
        return PLACEHOLDER.matcher(value).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(relative, e);
        }
    }

    private Optional<Properties> load(String relative) {
        Path file = root.resolve(relative);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            Properties p = new Properties();
            p.load(reader);
            return Optional.of(p);
        } catch (IOException e) {
            throw new UncheckedIOException(relative, e);
        }
    }
}
