package cn.lianxi.deploy.k8s;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A realm's browser flow as Keycloak 26 runs it for a fresh login (no SSO cookie, no identity provider), reduced to
 * what decides second factors: on each way through the flow, how many one-time-code forms ({@code auth-otp-form})
 * the user meets. The rules are DefaultAuthenticationFlow's:
 * <ul>
 * <li>a flow with REQUIRED or CONDITIONAL executions runs all of them, in priority order, and ignores its
 * ALTERNATIVE ones; a flow of ALTERNATIVE executions only is passed by any one of them;</li>
 * <li>a CONDITIONAL subflow runs only if every condition in it matches: {@code conditional-user-role}
 * (configuration {@code condUserRole}, {@code negate}) and {@code conditional-user-configured} (the user has
 * configured the subflow's authenticators: here, an OTP);</li>
 * <li>DISABLED executions never run; {@code auth-cookie} and {@code identity-provider-redirector} are not a way
 * in for a fresh login.</li>
 * </ul>
 * An OTP form runs for a user who has not configured OTP too: Keycloak then adds the required action
 * {@code CONFIGURE_TOTP}, so the user enrols before the login completes. A condition this class does not know
 * fails loudly rather than being guessed.
 */
final class LoginFlow {

    private static final String OTP_FORM = "auth-otp-form";
    private static final Set<String> NOT_A_FRESH_LOGIN = Set.of("auth-cookie", "identity-provider-redirector");
    private static final int MAX_DEPTH = 16;

    /** A user as the flow sees one: realm roles, and whether an OTP is already configured. */
    record User(Set<String> roles, boolean otpConfigured) {
    }

    private final JsonNode realm;

    LoginFlow(JsonNode realm) {
        this.realm = realm;
    }

    /** Whether the realm names a browser flow and defines that flow itself (without one, Keycloak's default runs). */
    boolean definesBrowserFlow() {
        return flow(realm.path("browserFlow").asText("")) != null;
    }

    /** For each way through the browser flow, the number of OTP forms the user meets on it. */
    List<Integer> otpForms(User user) {
        return ways(realm.path("browserFlow").asText(), user, 0);
    }

    private List<Integer> ways(String alias, User user, int depth) {
        JsonNode flow = flow(alias);
        if (flow == null) {
            throw new IllegalStateException("no authentication flow '" + alias + "'");
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("authentication flow '" + alias + "' nests deeper than " + MAX_DEPTH);
        }
        List<JsonNode> executions = StreamSupport.stream(flow.path("authenticationExecutions").spliterator(), false)
                .sorted(Comparator.comparingInt(e -> e.path("priority").asInt())).toList();
        boolean sequential = executions.stream().anyMatch(e -> is(e, "REQUIRED") || is(e, "CONDITIONAL"));
        if (!sequential) {
            List<Integer> ways = new ArrayList<>();
            for (JsonNode execution : executions) {
                if (!is(execution, "ALTERNATIVE") || NOT_A_FRESH_LOGIN.contains(authenticator(execution))) {
                    continue;
                }
                ways.addAll(execution.path("authenticatorFlow").asBoolean()
                        ? ways(execution.path("flowAlias").asText(), user, depth + 1)
                        : List.of(otp(execution)));
            }
            return ways;
        }
        List<Integer> ways = List.of(0);
        for (JsonNode execution : executions) {
            if (execution.path("authenticatorFlow").asBoolean()) {
                String sub = execution.path("flowAlias").asText();
                boolean runs = is(execution, "REQUIRED") || is(execution, "CONDITIONAL") && conditionsMatch(sub, user);
                if (runs) {
                    ways = then(ways, ways(sub, user, depth + 1));
                }
            } else if (is(execution, "REQUIRED") && !authenticator(execution).startsWith("conditional-")) {
                ways = then(ways, List.of(otp(execution)));
            }
        }
        return ways;
    }

    /** Every way through the first part followed by every way through the second. */
    private static List<Integer> then(List<Integer> first, List<Integer> second) {
        List<Integer> ways = new ArrayList<>();
        first.forEach(a -> second.forEach(b -> ways.add(a + b)));
        return ways;
    }

    private boolean conditionsMatch(String alias, User user) {
        for (JsonNode execution : flow(alias).path("authenticationExecutions")) {
            String authenticator = authenticator(execution);
            if (!authenticator.startsWith("conditional-") || is(execution, "DISABLED")) {
                continue;
            }
            boolean matches = switch (authenticator) {
                case "conditional-user-role" -> {
                    JsonNode config = config(execution.path("authenticatorConfig").asText());
                    boolean negate = Boolean.parseBoolean(config.path("negate").asText("false"));
                    yield user.roles().contains(config.path("condUserRole").asText()) != negate;
                }
                case "conditional-user-configured" -> user.otpConfigured();
                default -> throw new IllegalStateException("flow '" + alias + "' has condition " + authenticator
                        + ", which LoginFlow does not know");
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    private JsonNode config(String alias) {
        for (JsonNode config : realm.path("authenticatorConfig")) {
            if (alias.equals(config.path("alias").asText())) {
                return config.path("config");
            }
        }
        throw new IllegalStateException("no authenticator config '" + alias + "'");
    }

    private JsonNode flow(String alias) {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (alias.equals(flow.path("alias").asText())) {
                return flow;
            }
        }
        return null;
    }

    private static int otp(JsonNode execution) {
        return OTP_FORM.equals(authenticator(execution)) ? 1 : 0;
    }

    private static String authenticator(JsonNode execution) {
        return execution.path("authenticator").asText("");
    }

    private static boolean is(JsonNode execution, String requirement) {
        return requirement.equals(execution.path("requirement").asText());
    }
}
