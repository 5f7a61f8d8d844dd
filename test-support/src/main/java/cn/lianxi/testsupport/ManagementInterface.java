package cn.lianxi.testsupport;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.util.List;

/**
 * The operational endpoints (运维端点) are private: health and metrics answer on the application's management
 * interface ({@code quarkus.management.enabled}, a port of its own that nothing public routes) and are unknown
 * (404) on its public HTTP port, the one RestAssured is pointed at in a Quarkus test.
 */
public final class ManagementInterface {

    /** Health (the whole report and the probes' three) and metrics, under {@code /q/} as Quarkus serves them. */
    public static final List<String> OPERATIONAL_PATHS = List.of("metrics", "health", "health/live", "health/ready",
            "health/started");

    private ManagementInterface() {
    }

    /**
     * Each of {@link #OPERATIONAL_PATHS} is 404 under {@code /q/} of the public port and served under
     * {@code managementRoot}, the management interface's {@code /q/} (in a Quarkus test
     * {@code @TestHTTPResource(value = "/", management = true)}). Served means answered by the endpoint: 200, or 503
     * for health that is down.
     */
    public static void assertOperationalEndpointsOnlyThere(URL managementRoot) {
        String root = managementRoot.toString().endsWith("/") ? managementRoot.toString() : managementRoot + "/";
        for (String path : OPERATIONAL_PATHS) {
            given().when().get("/q/" + path).then().statusCode(404);
            int status = given().when().get(root + path).then().extract().statusCode();
            if (status != 200 && status != 503) {
                throw new AssertionError(root + path + " answered " + status + " on the management interface");
            }
        }
    }
}
