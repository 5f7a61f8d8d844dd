package cn.lianxi.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes sure the real local PostgreSQL is running and has the Lianxi roles and databases, by running the project's
 * own {@code deploy/local/pg-setup.sh} once per test JVM (it is idempotent). The services' {@code %test} profile
 * points at the {@code *_test} databases it creates.
 */
public class DatabaseResource implements QuarkusTestResourceLifecycleManager {

    private static boolean ready;

    @Override
    public Map<String, String> start() {
        ensureDatabases();
        return Map.of();
    }

    @Override
    public void stop() {
        // the databases stay: each test class cleans up what it needs
    }

    public static synchronized void ensureDatabases() {
        if (ready) {
            return;
        }
        Path script = ProjectFiles.find(Path.of("deploy", "local", "pg-setup.sh"));
        try {
            Process process = new ProcessBuilder("bash", script.toString()).inheritIO().start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("deploy/local/pg-setup.sh failed; is PostgreSQL installed?");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ready = true;
    }
}
