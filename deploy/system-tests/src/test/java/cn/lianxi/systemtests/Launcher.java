package cn.lianxi.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The launcher's and the verifier's commands as an operator or an auditor runs them, with their exit and output. */
final class Launcher {

    /** What a command printed (standard output and error) and its exit code. */
    record Result(int exit, String output) {
    }

    private Launcher() {
    }

    /** {@code deploy/local/lianxi ARGS} against the test run's platform. */
    static Result run(Platform platform, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", root().resolve("deploy/local/lianxi").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LIANXI_HOME", platform.home().toString());
        return exec(pb);
    }

    /** The standalone verifier, {@code java -jar evidence/target/lianxi-verifier.jar verify BUNDLE}: no platform. */
    static Result verify(Path bundle) throws IOException, InterruptedException {
        Path jar = root().resolve("evidence/target/lianxi-verifier.jar");
        return exec(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "verify", bundle.toString()));
    }

    private static Result exec(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out + "\n(timed out)");
        }
        return new Result(p.exitValue(), out);
    }

    static Path root() {
        return Path.of(System.getProperty("lianxi.root", "../..")).toAbsolutePath().normalize();
    }
}
