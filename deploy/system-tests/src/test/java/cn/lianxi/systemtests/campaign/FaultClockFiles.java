package cn.lianxi.systemtests.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Clock jumps through libfaketime (时钟跳变): a service started with {@link #environment(String)} (the library
 * preloaded, reading its offset from {@code <dir>/<service>.faketime}) has its wall clock moved whenever that file is
 * rewritten, without a restart; libfaketime re-reads the file at most once a second ({@code
 * FAKETIME_CACHE_DURATION=1}), so a jump takes effect within a second.
 *
 * <p>libfaketime cannot be attached to a running process: the service must be started under it. The launcher passes
 * its own environment on to what it starts, so {@code lianxi start <service>} run with these variables starts that
 * one service under libfaketime (the launcher's bash and its helpers get the library too, harmlessly: the offset is
 * zero until a jump). {@code FAKETIME_DONT_FAKE_MONOTONIC=1} keeps the JVM's monotonic clock true: with a faked
 * monotonic clock its timers and {@code System.nanoTime} jump too and the JVM can hang. Debian packages the library as
 * {@code libfaketime} ({@code /usr/lib/<arch>/faketime/libfaketime.so.1}); {@link #library()} says whether it is
 * installed.
 */
public final class FaultClockFiles implements NemesisFault.ClockHook {

    private final Path dir;

    public FaultClockFiles(Path dir) {
        this.dir = dir;
    }

    /** The installed libfaketime, if any. */
    public static Optional<Path> library() {
        try (Stream<Path> arches = Files.list(Path.of("/usr/lib"))) {
            return arches.map(arch -> arch.resolve("faketime/libfaketime.so.1")).filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The file libfaketime reads the service's offset from. */
    public Path file(String service) {
        return dir.resolve(service + ".faketime");
    }

    /**
     * The variables to start {@code service} under libfaketime with; its clock is true until {@link #shift}. Fails
     * when the library is not installed ({@code apt-get install libfaketime}).
     */
    public Map<String, String> environment(String service) {
        Path lib = library().orElseThrow(() -> new IllegalStateException(
                "libfaketime is not installed (apt-get install libfaketime): no clock jump for " + service));
        shift(service, Duration.ZERO);
        return Map.of("LD_PRELOAD", lib.toString(),
                "FAKETIME_TIMESTAMP_FILE", file(service).toString(),
                "FAKETIME_CACHE_DURATION", "1",
                "FAKETIME_DONT_FAKE_MONOTONIC", "1",
                // libfaketime's "monotonic fix" (on by default with this glibc) makes every timed wait of the JVM spin:
                // a JVM thread waiting with a timeout used a core's worth of CPU (wolfcw/libfaketime#425)
                "FAKETIME_FORCE_MONOTONIC_FIX", "0");
    }

    /** Writes the offset in libfaketime's relative form: signed whole seconds ({@code +3600}, {@code -90}). */
    @Override
    public void shift(String service, Duration offset) {
        long seconds = offset.toSeconds();
        try {
            Files.createDirectories(dir);
            Path temp = Files.writeString(dir.resolve(service + ".faketime.tmp"), (seconds < 0 ? "" : "+") + seconds + "\n");
            // a rename, so libfaketime never reads a half-written offset
            Files.move(temp, file(service), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot move " + service + "'s clock: " + e.getMessage(), e);
        }
    }
}
