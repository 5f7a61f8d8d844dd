package cn.lianxi.deploy.k8s;

import static cn.lianxi.deploy.k8s.Manifests.iterable;
import static cn.lianxi.deploy.k8s.Manifests.name;
import static cn.lianxi.deploy.k8s.Manifests.ofKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a production render must not contain, and the production realm must be: every check returns the problems
 * it found. The dev material comes from the repository's own files (the dev realm's users, passwords and client
 * secrets, the launcher's admin password), so a secret added there later is looked for here too. Realms are found
 * wherever a render could hand Keycloak one: any JSON document with a {@code realm} field in a ConfigMap or
 * Secret, or a {@code KeycloakRealmImport}.
 */
final class ProductionChecks {

    /** Roles whose users must enter a one-time code at every login (issue 16). */
    static final List<String> PRIVILEGED = List.of("admin", "auditor", "jm-office");

    /**
     * Clients of the dev realm that exist only for tests, never in production: {@code other-app} is the foreign
     * application whose tokens (same realm, another audience) the platform must refuse.
     */
    static final Set<String> DEV_ONLY_CLIENTS = Set.of("other-app");

    /** An environment placeholder Keycloak replaces at import ({@code ${NAME}}); its own message keys are lower case. */
    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern SECRET_PLACEHOLDER = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(secret|password|passwd|private_key|api_key).*");
    private static final Pattern POLICY = Pattern.compile("(\\w+)(?:\\(([^)]*)\\))?");
    private static final Pattern LAUNCHER_ADMIN_PASSWORD = Pattern.compile("(?m)^KC_ADMIN_PASSWORD=(\\S+)");
    private static final int MIN_PASSWORD_LENGTH = 12;
    private static final int MAX_FAILURES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A realm the render makes Keycloak import, and where it was found. */
    record ImportedRealm(String source, JsonNode json) {
        String name() {
            return json.path("realm").asText();
        }

        String label() {
            return "realm " + name() + " (" + source + ")";
        }
    }

    private final Platform platform;
    private final List<ObjectNode> resources;
    private final JsonNode devRealm;

    ProductionChecks(Platform platform, List<ObjectNode> resources) {
        this.platform = platform;
        this.resources = resources;
        this.devRealm = parse(platform.realmJson(Platform.DEV_REALM)).orElseThrow();
    }

    /** Every realm in the render. */
    List<ImportedRealm> realms() {
        List<ImportedRealm> realms = new ArrayList<>();
        documents((source, text) -> parse(text).filter(j -> j.path("realm").isTextual())
                .ifPresent(j -> realms.add(new ImportedRealm(source, j))));
        ofKind(resources, "KeycloakRealmImport").forEach(i -> realms.add(
                new ImportedRealm("KeycloakRealmImport " + name(i), i.path("spec").path("realm"))));
        return realms;
    }

    /** Keycloak imports exactly one realm, the one the services' OIDC URL names. */
    List<String> oneRealm() {
        List<ImportedRealm> realms = realms();
        if (realms.size() != 1) {
            return List.of(realms.size() + " realms imported, expected the production realm alone: "
                    + realms.stream().map(ImportedRealm::label).toList());
        }
        return List.of();
    }

    /** No person in any realm: only the service accounts of the realm's own confidential clients, without credentials. */
    List<String> users() {
        List<String> problems = new ArrayList<>();
        for (ImportedRealm realm : realms()) {
            for (JsonNode user : realm.json().path("users")) {
                String username = user.path("username").asText();
                String client = user.path("serviceAccountClientId").asText("");
                if (client.isEmpty()) {
                    problems.add(realm.label() + ": imports user " + username);
                    continue;
                }
                if (!user.path("credentials").isEmpty()) {
                    problems.add(realm.label() + ": service account " + username + " carries credentials");
                }
                boolean confidential = clients(realm.json()).stream().anyMatch(c -> c.path("clientId").asText()
                        .equals(client) && c.path("serviceAccountsEnabled").asBoolean() && !c.path("publicClient").asBoolean());
                if (!confidential) {
                    problems.add(realm.label() + ": service account " + username + " belongs to no confidential client "
                            + client + " of the realm");
                }
            }
            if (!realm.json().path("federatedUsers").isEmpty()) {
                problems.add(realm.label() + ": imports federated users");
            }
        }
        return problems;
    }

    /**
     * No secret in the render: no Secret with values (the secret manager creates them), no literal client secret
     * in a realm, every realm placeholder set from a required Secret key on the Keycloak container, no literal
     * password-like variable or ConfigMap key, and none of the dev passwords and secrets anywhere.
     */
    List<String> secrets() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode secret : ofKind(resources, "Secret")) {
            Set<String> keys = new TreeSet<>();
            secret.path("data").fieldNames().forEachRemaining(keys::add);
            secret.path("stringData").fieldNames().forEachRemaining(keys::add);
            if (!keys.isEmpty()) {
                problems.add("Secret " + name(secret) + " carries values " + keys
                        + ": production Secrets come from the secret manager, not from the manifests");
            }
        }
        Map<String, JsonNode> fromSecrets = keycloakSecretVariables();
        for (ImportedRealm realm : realms()) {
            for (JsonNode client : clients(realm.json())) {
                String id = client.path("clientId").asText();
                boolean confidential = !client.path("publicClient").asBoolean() && !client.path("bearerOnly").asBoolean()
                        && client.path("clientAuthenticatorType").asText("client-secret").equals("client-secret");
                if (client.has("secret") && !SECRET_PLACEHOLDER.matcher(client.path("secret").asText()).matches()) {
                    problems.add(realm.label() + ": client " + id + " has a literal secret");
                } else if (confidential && !client.has("secret")) {
                    problems.add(realm.label() + ": client " + id + " gets a secret Keycloak generates, not one from a Secret");
                }
            }
            Matcher m = ENV_PLACEHOLDER.matcher(realm.json().toString());
            while (m.find()) {
                if (m.group(2) != null) {
                    problems.add(realm.label() + ": placeholder " + m.group() + " has a default value");
                }
                if (!fromSecrets.containsKey(m.group(1))) {
                    problems.add(realm.label() + ": placeholder ${" + m.group(1)
                            + "} is not set from a required Secret key on the Keycloak container");
                }
            }
        }
        walkEnv((where, env) -> {
            if (SECRET_NAME.matcher(env.path("name").asText()).matches() && env.has("value")) {
                problems.add(where + ": " + env.path("name").asText() + " is a literal value, not a secretKeyRef");
            }
        });
        for (ObjectNode map : ofKind(resources, "ConfigMap")) {
            map.path("data").fieldNames().forEachRemaining(key -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    problems.add("ConfigMap " + name(map) + ": key " + key + " looks like a secret");
                }
            });
        }
        Map<String, String> dev = devSecrets();
        strings((where, text) -> dev.forEach((value, what) -> {
            if (text.contains(value)) {
                problems.add(where + " contains " + what + " '" + value + "'");
            }
        }));
        return problems;
    }

    /** Neither the dev realm file nor a copy of its content, nor its LOCAL DEV ONLY marker, anywhere in the render. */
    List<String> devRealm() {
        List<String> problems = new ArrayList<>();
        String devText = platform.realmJson(Platform.DEV_REALM).strip();
        documents((source, text) -> {
            if (text.strip().equals(devText) || parse(text).filter(devRealm::equals).isPresent()) {
                problems.add(source + " holds the dev realm " + Platform.DEV_REALM);
            }
        });
        String marker = devRealm.path("displayName").asText();
        strings((where, text) -> {
            if (!marker.isEmpty() && text.contains(marker)) {
                problems.add(where + " carries the dev realm's name '" + marker + "'");
            }
        });
        return problems;
    }

    /**
     * Each realm: brute-force protection, the password policy, refresh-token rotation, HTTPS from outside, no
     * self-registration; each client: no password grant, no implicit or device grant; each public client: PKCE
     * S256 and HTTPS redirects only.
     */
    List<String> hardening() {
        List<String> problems = new ArrayList<>();
        for (ImportedRealm realm : realms()) {
            JsonNode r = realm.json();
            String label = realm.label();
            if (!r.path("bruteForceProtected").asBoolean(false)) {
                problems.add(label + ": brute-force protection is off (bruteForceProtected)");
            } else if (r.path("failureFactor").asInt(0) < 1 || r.path("failureFactor").asInt() > MAX_FAILURES) {
                problems.add(label + ": failureFactor " + r.path("failureFactor").asText("(unset)")
                        + ", expected a lock-out after 1 to " + MAX_FAILURES + " failures");
            }
            problems.addAll(passwordPolicy(label, r.path("passwordPolicy").asText("")));
            if (!r.path("revokeRefreshToken").asBoolean(false) || r.path("refreshTokenMaxReuse").asInt(0) != 0) {
                problems.add(label + ": refresh tokens are not rotated (revokeRefreshToken true, refreshTokenMaxReuse 0)");
            }
            if (!Set.of("external", "all").contains(r.path("sslRequired").asText("external"))) {
                problems.add(label + ": sslRequired is " + r.path("sslRequired").asText());
            }
            if (r.path("registrationAllowed").asBoolean(false)) {
                problems.add(label + ": anyone may register (registrationAllowed)");
            }
            for (JsonNode client : clients(r)) {
                String id = label + ": client " + client.path("clientId").asText();
                if (!client.path("directAccessGrantsEnabled").isBoolean() || client.path("directAccessGrantsEnabled").asBoolean()) {
                    problems.add(id + " does not turn the password grant off (directAccessGrantsEnabled false)");
                }
                if (client.path("implicitFlowEnabled").asBoolean(false)) {
                    problems.add(id + " allows the implicit flow");
                }
                if (client.path("attributes").path("oauth2.device.authorization.grant.enabled").asBoolean(false)) {
                    problems.add(id + " allows the device grant");
                }
                if (client.path("publicClient").asBoolean(false)) {
                    problems.addAll(publicClient(id, client));
                }
            }
        }
        return problems;
    }

    private static List<String> publicClient(String id, JsonNode client) {
        List<String> problems = new ArrayList<>();
        if (!"S256".equals(client.path("attributes").path("pkce.code.challenge.method").asText())) {
            problems.add(id + " (public) does not require PKCE S256 (pkce.code.challenge.method)");
        }
        for (JsonNode uri : client.path("redirectUris")) {
            String value = uri.asText();
            if (!value.startsWith("https://") || value.substring(0, value.length() - 1).contains("*")) {
                problems.add(id + " (public) redirects to " + value + ": HTTPS on a named host only");
            }
        }
        for (JsonNode origin : client.path("webOrigins")) {
            if (origin.asText().equals("*")) {
                problems.add(id + " (public) accepts every web origin");
            }
        }
        return problems;
    }

    private static List<String> passwordPolicy(String label, String policy) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String part : policy.split("\\s+and\\s+")) {
            Matcher m = POLICY.matcher(part.strip());
            if (m.matches()) {
                rules.put(m.group(1), m.group(2) == null ? "" : m.group(2));
            }
        }
        List<String> problems = new ArrayList<>();
        for (String rule : List.of("length", "upperCase", "lowerCase", "digits", "specialChars", "notUsername",
                "passwordHistory")) {
            if (!rules.containsKey(rule)) {
                problems.add(label + ": the password policy lacks " + rule + " ('" + policy + "')");
            }
        }
        String length = rules.getOrDefault("length", "0");
        if (rules.containsKey("length") && (!length.matches("\\d+") || Integer.parseInt(length) < MIN_PASSWORD_LENGTH)) {
            problems.add(label + ": the password policy allows passwords shorter than " + MIN_PASSWORD_LENGTH);
        }
        return problems;
    }

    /**
     * Each realm's browser flow makes every admin, auditor and jm-office user enter a one-time code (enrolling at
     * the first login) on every way in, and asks nobody for two; no client overrides the browser flow.
     */
    List<String> otp() {
        List<String> problems = new ArrayList<>();
        for (ImportedRealm realm : realms()) {
            LoginFlow flow = new LoginFlow(realm.json());
            if (!flow.definesBrowserFlow()) {
                problems.add(realm.label() + ": no browser flow of its own; Keycloak's default asks no role for a one-time code");
                continue;
            }
            List<LoginFlow.User> users = new ArrayList<>();
            PRIVILEGED.forEach(role -> users.add(new LoginFlow.User(Set.of(role), false)));
            users.add(new LoginFlow.User(Set.copyOf(PRIVILEGED), false));
            users.add(new LoginFlow.User(Set.copyOf(PRIVILEGED), true));
            users.add(new LoginFlow.User(Set.of("court-clerk"), true));
            for (LoginFlow.User user : users) {
                List<Integer> ways;
                try {
                    ways = flow.otpForms(user);
                } catch (IllegalStateException e) {
                    problems.add(realm.label() + ": " + e.getMessage());
                    break;
                }
                boolean privileged = PRIVILEGED.stream().anyMatch(user.roles()::contains);
                if (ways.isEmpty()) {
                    problems.add(realm.label() + ": the browser flow lets nobody log in");
                    break;
                }
                if (privileged && ways.contains(0)) {
                    problems.add(realm.label() + ": a user with roles " + new TreeSet<>(user.roles())
                            + " can log in without a one-time code");
                }
                if (ways.stream().anyMatch(n -> n > 1)) {
                    problems.add(realm.label() + ": a user with roles " + new TreeSet<>(user.roles())
                            + " is asked for " + ways.stream().mapToInt(Integer::intValue).max().orElse(0) + " one-time codes");
                }
            }
            for (JsonNode action : realm.json().path("requiredActions")) {
                if (action.path("alias").asText().equals("CONFIGURE_TOTP") && !action.path("enabled").asBoolean(true)) {
                    problems.add(realm.label() + ": the required action CONFIGURE_TOTP is disabled, so nobody can enrol");
                }
            }
            for (JsonNode client : clients(realm.json())) {
                if (!client.path("authenticationFlowBindingOverrides").isEmpty()) {
                    problems.add(realm.label() + ": client " + client.path("clientId").asText()
                            + " overrides the realm's authentication flows");
                }
            }
        }
        return problems;
    }

    /**
     * The production realm keeps what the services rely on from the dev realm: its name, roles, client scopes (the
     * audience among them), clients (ids, kind, mappers, scopes; the dev realm's test clients aside), the service
     * accounts' roles and the user profile. A client or mapper added to the dev realm fails here until the
     * production realm has it too.
     */
    List<String> contract() {
        List<String> problems = new ArrayList<>();
        for (ImportedRealm realm : realms()) {
            JsonNode r = realm.json();
            for (String field : List.of("realm", "roles", "defaultRole", "clientScopes", "defaultDefaultClientScopes",
                    "defaultOptionalClientScopes", "components")) {
                if (!devRealm.path(field).equals(r.path(field))) {
                    problems.add(realm.label() + ": " + field + " differs from the dev realm's");
                }
            }
            Map<String, JsonNode> prodClients = byClientId(r);
            Map<String, JsonNode> devClients = byClientId(devRealm);
            DEV_ONLY_CLIENTS.forEach(devClients::remove);
            if (!prodClients.keySet().equals(devClients.keySet())) {
                problems.add(realm.label() + ": clients " + prodClients.keySet() + ", the dev realm has " + devClients.keySet()
                        + " besides its test clients " + DEV_ONLY_CLIENTS);
            }
            devClients.forEach((id, dev) -> Optional.ofNullable(prodClients.get(id)).ifPresent(prod -> {
                for (String field : List.of("publicClient", "serviceAccountsEnabled", "standardFlowEnabled",
                        "fullScopeAllowed", "protocolMappers", "defaultClientScopes", "optionalClientScopes")) {
                    if (!dev.path(field).equals(prod.path(field))) {
                        problems.add(realm.label() + ": client " + id + "'s " + field + " differs from the dev realm's");
                    }
                }
            }));
            if (!serviceAccountRoles(devRealm).equals(serviceAccountRoles(r))) {
                problems.add(realm.label() + ": service accounts' roles " + serviceAccountRoles(r)
                        + ", the dev realm has " + serviceAccountRoles(devRealm));
            }
        }
        return problems;
    }

    /** No development setting: no Quarkus dev or test profile, no Keycloak dev mode, no plain-HTTP issuer, release images. */
    List<String> devSettings() {
        List<String> problems = new ArrayList<>();
        walkEnv((where, env) -> problems.addAll(devSetting(where, env.path("name").asText(), env.path("value").asText(""))));
        for (ObjectNode map : ofKind(resources, "ConfigMap")) {
            for (Map.Entry<String, JsonNode> e : iterable(map.path("data"))) {
                problems.addAll(devSetting("ConfigMap " + name(map), e.getKey(), e.getValue().asText()));
            }
        }
        for (ObjectNode resource : resources) {
            for (JsonNode container : resource.findValues("containers")) {
                for (JsonNode c : container) {
                    String where = resource.path("kind").asText() + " " + name(resource) + "/" + c.path("name").asText();
                    for (String field : List.of("command", "args")) {
                        if (c.path(field).toString().contains("start-dev")) {
                            problems.add(where + ": Keycloak in development mode (start-dev)");
                        }
                    }
                    String image = c.path("image").asText();
                    String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
                    if (!image.isEmpty() && (tag.isEmpty() || tag.equals("latest") || tag.contains("dev")
                            || tag.contains("SNAPSHOT"))) {
                        problems.add(where + ": image " + image + " is not a release");
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> devSetting(String where, String key, String value) {
        String upper = key.toUpperCase();
        if (key.startsWith("%dev") || key.startsWith("%test") || upper.startsWith("_DEV_") || upper.startsWith("_TEST_")
                || value.contains("%dev.") || value.contains("%test.")) {
            return List.of(where + ": " + key + " is a Quarkus dev/test profile setting");
        }
        if (upper.equals("QUARKUS_PROFILE") && Set.of(value.toLowerCase().split("\\s*,\\s*")).stream()
                .anyMatch(p -> p.equals("dev") || p.equals("test"))) {
            return List.of(where + ": QUARKUS_PROFILE=" + value);
        }
        if (upper.startsWith("QUARKUS_LAUNCH_DEVMODE") || upper.startsWith("QUARKUS_LIVE_RELOAD")) {
            return List.of(where + ": " + key + " is a Quarkus dev-mode setting");
        }
        if (upper.equals("KC_HOSTNAME") && value.startsWith("http://")) {
            return List.of(where + ": Keycloak issues tokens for the plain-HTTP host " + value);
        }
        return List.of();
    }

    /** The dev realm's passwords and client secrets and the launcher's admin password, with what each is. */
    private Map<String, String> devSecrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (JsonNode user : devRealm.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                secrets.put(credential.path("value").asText(), "a dev user's password");
            }
        }
        for (JsonNode client : clients(devRealm)) {
            if (client.has("secret")) {
                secrets.put(client.path("secret").asText(), "the dev secret of client " + client.path("clientId").asText());
            }
        }
        Matcher m = LAUNCHER_ADMIN_PASSWORD.matcher(platform.read("deploy/local/lianxi"));
        if (m.find()) {
            secrets.put(m.group(1), "the launcher's Keycloak admin password");
        }
        secrets.remove("");
        return secrets;
    }

    /** Environment variables of the Keycloak container(s) taken from a required Secret key. */
    private Map<String, JsonNode> keycloakSecretVariables() {
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        for (ObjectNode deployment : ofKind(resources, "Deployment")) {
            for (ObjectNode container : Manifests.containers(deployment)) {
                if (!container.path("image").asText().contains("keycloak")) {
                    continue;
                }
                for (JsonNode env : container.path("env")) {
                    JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                    if (ref.has("name") && ref.has("key") && !ref.path("optional").asBoolean(false)) {
                        variables.put(env.path("name").asText(), ref);
                    }
                }
            }
        }
        return variables;
    }

    /** Every {@code env} entry of every container (Deployments, and the pod templates of custom resources). */
    private void walkEnv(BiConsumer<String, JsonNode> visitor) {
        for (ObjectNode resource : resources) {
            String where = resource.path("kind").asText() + " " + name(resource);
            for (JsonNode envs : resource.findValues("env")) {
                for (JsonNode env : envs) {
                    if (env.has("name")) {
                        visitor.accept(where, env);
                    }
                }
            }
        }
    }

    /** Every document a ConfigMap or Secret holds (Secret data decoded), with where it is. */
    private void documents(BiConsumer<String, String> visitor) {
        for (String kind : List.of("ConfigMap", "Secret")) {
            for (ObjectNode resource : ofKind(resources, kind)) {
                for (Map.Entry<String, JsonNode> e : iterable(resource.path("data"))) {
                    String text = kind.equals("Secret") ? decode(e.getValue().asText()) : e.getValue().asText();
                    visitor.accept(kind + " " + name(resource) + " key " + e.getKey(), text);
                }
                for (Map.Entry<String, JsonNode> e : iterable(resource.path("stringData"))) {
                    visitor.accept(kind + " " + name(resource) + " key " + e.getKey(), e.getValue().asText());
                }
            }
        }
    }

    /** Every text in the render (keys and values, and Secret data decoded), with the resource it is in. */
    private void strings(BiConsumer<String, String> visitor) {
        for (ObjectNode resource : resources) {
            String where = resource.path("kind").asText() + " " + name(resource);
            visitText(resource, text -> visitor.accept(where, text));
            if (resource.path("kind").asText().equals("Secret")) {
                resource.path("data").forEach(value -> visitor.accept(where, decode(value.asText())));
            }
        }
    }

    private static void visitText(JsonNode node, Consumer<String> visitor) {
        if (node.isTextual()) {
            visitor.accept(node.asText());
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                visitor.accept(e.getKey());
                visitText(e.getValue(), visitor);
            });
        } else if (node.isArray()) {
            node.forEach(n -> visitText(n, visitor));
        }
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }

    private static Optional<JsonNode> parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(trimmed));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<JsonNode> clients(JsonNode realm) {
        List<JsonNode> clients = new ArrayList<>();
        realm.path("clients").forEach(clients::add);
        return clients;
    }

    private static Map<String, JsonNode> byClientId(JsonNode realm) {
        return clients(realm).stream().collect(Collectors.toMap(c -> c.path("clientId").asText(), c -> c,
                (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, Set<String>> serviceAccountRoles(JsonNode realm) {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                Set<String> r = new LinkedHashSet<>();
                user.path("realmRoles").forEach(role -> r.add(role.asText()));
                roles.put(user.path("serviceAccountClientId").asText(), r);
            }
        }
        return roles;
    }
}
