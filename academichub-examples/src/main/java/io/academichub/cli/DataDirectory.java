package io.academichub.cli;

import io.academichub.store.PaperStore;
import io.academichub.store.jdbc.JdbcPaperStore;

import java.nio.file.Path;

/**
 * Where the radar commands keep what each profile was shown and the reader's feedback: {@code --data DIR}, else
 * {@code $ACADEMICHUB_DATA}, else {@code ~/.academichub}.
 */
final class DataDirectory {

    /** The environment variable that names the default data directory. */
    static final String ENV = "ACADEMICHUB_DATA";

    private DataDirectory() {
    }

    /** The directory to use: the option's, else the environment's, else {@code ~/.academichub}. */
    static Path resolve(Path option) {
        if (option != null) {
            return option;
        }
        if (hasEnvironment()) {
            return Path.of(System.getenv(ENV).strip());
        }
        return Path.of(System.getProperty("user.home"), ".academichub");
    }

    /**
     * The directory to use ({@link #resolve}), created when missing and checked to be a directory one may write in,
     * before any work is done.
     *
     * @throws UsageException {@code --data afile: is a file, not a directory}
     */
    static Path checked(Path option) {
        String what = option != null ? "--data" : hasEnvironment() ? "$" + ENV : "data directory";
        return Locations.requireDirectory(what, resolve(option));
    }

    private static boolean hasEnvironment() {
        String env = System.getenv(ENV);
        return env != null && !env.isBlank();
    }

    /** Opens the H2 store in the directory (created when missing). */
    static PaperStore open(Path directory) {
        return JdbcPaperStore.openH2(directory);
    }
}
