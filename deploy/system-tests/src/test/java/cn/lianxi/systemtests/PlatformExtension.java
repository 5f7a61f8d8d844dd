package cn.lianxi.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.restassured.RestAssured;

/**
 * Starts the platform at most once per test run (kept in the root store, so the last test class closes it) and
 * hands it to test constructors and methods that ask for a {@link Platform}.
 */
public class PlatformExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        Platform platform = platform(context);
        RestAssured.baseURI = platform.gatewayUrl();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        if (RestAssured.filters().stream().noneMatch(AgencySealFilter.class::isInstance)) {
            RestAssured.filters(new AgencySealFilter(platform.agencySeals()));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }

    /** The run's platform, started on first use. */
    static Platform platform(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Platform.class, k -> Platform.start(), Platform.class);
    }
}
