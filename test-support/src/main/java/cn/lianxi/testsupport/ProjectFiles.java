package cn.lianxi.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository a test needs (scripts, tools), found from wherever Maven runs the module. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** Walks up from the working directory to the project root holding {@code relative}. */
    public static Path find(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
