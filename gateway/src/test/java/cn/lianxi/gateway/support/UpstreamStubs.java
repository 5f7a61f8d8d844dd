package cn.lianxi.gateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock servers standing in for the services: one plays case-service and credit-sanction-service, the other
 * agency-liaison-service alone so that a test can take it down and bring it back on the same port. Each also plays
 * its services' management interfaces, under {@link #MANAGEMENT}: a stub of {@code MANAGEMENT + "/q/health/ready"}
 * is what the gateway reads as a service's readiness, and the same path without the prefix (the public port) is not.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    /** Where a stand-in's management interface starts ({@code lianxi.management.<key>} = its base URL + this). */
    public static final String MANAGEMENT = "/management";

    private WireMockServer services;
    private WireMockServer liaison;

    @Override
    public Map<String, String> start() {
        services = new WireMockServer(options().dynamicPort());
        // a fixed port (found free now) so the liaison stand-in comes back where the gateway expects it
        liaison = new WireMockServer(options().port(freePort()));
        services.start();
        liaison.start();
        return Map.of(
                "lianxi.upstream.case", services.baseUrl(),
                "lianxi.upstream.credit", services.baseUrl() + "/",
                "lianxi.upstream.liaison", liaison.baseUrl(),
                "lianxi.management.case", services.baseUrl() + MANAGEMENT,
                "lianxi.management.credit", services.baseUrl() + MANAGEMENT + "/",
                "lianxi.management.liaison", liaison.baseUrl() + MANAGEMENT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(services,
                new TestInjector.AnnotatedAndMatchesType(StubbedServices.class, WireMockServer.class));
        injector.injectIntoFields(liaison,
                new TestInjector.AnnotatedAndMatchesType(StubbedLiaison.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        services.stop();
        liaison.stop();
    }
}
