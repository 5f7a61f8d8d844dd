package cn.lianxi.deploy.k8s;

import static cn.lianxi.deploy.k8s.ManifestValidationTest.check;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The prod overlay, rendered with Kustomize, carries nothing of development: no user in any imported realm, no dev
 * password or client secret, no literal secret, no Secret with values, not the dev realm, no dev-profile setting;
 * and its realm is the hardened one (brute-force protection, password policy, PKCE S256, no password grant,
 * refresh-token rotation, a one-time code for admin, auditor and jm-office) with the dev realm's roles, clients and
 * mappers, so the services work unchanged. The dev overlay, which imports the dev realm, fails the same checks:
 * they see what they are meant to see. BrokenManifestTest breaks the prod render one way at a time.
 */
class ProductionOverlayTest {

    private static final Platform PLATFORM = Platform.fromWorkingDirectory();

    @TestFactory
    Stream<DynamicTest> productionChecks() {
        ProductionChecks checks = new ProductionChecks(PLATFORM, ManifestValidationTest.render("prod"));
        return Stream.of(
                check("prod", "Keycloak imports one realm", checks.oneRealm()),
                check("prod", "no user in any imported realm (only its clients' service accounts)", checks.users()),
                check("prod", "no dev password or secret, no literal secret, no Secret with values", checks.secrets()),
                check("prod", "not the dev realm", checks.devRealm()),
                check("prod", "brute force, password policy, PKCE S256, no password grant, token rotation",
                        checks.hardening()),
                check("prod", "a one-time code for admin, auditor and jm-office", checks.otp()),
                check("prod", "the dev realm's name, roles, clients, mappers and scopes", checks.contract()),
                check("prod", "no dev-profile setting", checks.devSettings()));
    }

    @Test
    void theDevOverlayFailsThem() {
        ProductionChecks dev = new ProductionChecks(PLATFORM, ManifestValidationTest.render("dev"));
        expect(dev, ProductionChecks::users, "ConfigMap lianxi-realm key enforcement-realm.json): imports user clerk-zy");
        expect(dev, ProductionChecks::secrets, "contains a dev user's password 'lianxi-dev'");
        expect(dev, ProductionChecks::secrets, "client bank-icbc has a literal secret");
        expect(dev, ProductionChecks::secrets, "Secret keycloak-admin carries values");
        expect(dev, ProductionChecks::devRealm, "holds the dev realm " + Platform.DEV_REALM);
        expect(dev, ProductionChecks::hardening, "brute-force protection is off");
        expect(dev, ProductionChecks::hardening, "the password policy lacks length");
        expect(dev, ProductionChecks::hardening, "client lianxi-web does not turn the password grant off");
        expect(dev, ProductionChecks::hardening, "refresh tokens are not rotated");
        expect(dev, ProductionChecks::hardening, "redirects to http://127.0.0.1:*");
        expect(dev, ProductionChecks::otp, "no browser flow of its own");
        expect(dev, ProductionChecks::devSettings, "image lianxi/gateway:dev is not a release");
        expect(dev, ProductionChecks::devSettings, "plain-HTTP host http://auth.lianxi.local");
    }

    private static void expect(ProductionChecks checks, Function<ProductionChecks, List<String>> check, String problem) {
        List<String> problems = check.apply(checks);
        assertTrue(problems.stream().anyMatch(p -> p.contains(problem)), "expected '" + problem + "' in " + problems);
    }
}
