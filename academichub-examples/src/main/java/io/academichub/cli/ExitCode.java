package io.academichub.cli;

/** The CLI's exit codes, documented in {@code academichub --help}. */
final class ExitCode {

    /** Every source or file succeeded (NO_ANNOUNCEMENT counts as success). */
    static final int OK = 0;
    /** Some sources or files failed; everything the others delivered was still printed. */
    static final int SOME_FAILED = 1;
    /** The command line or the configuration is wrong. */
    static final int USAGE = 2;
    /** Nothing could be fetched or parsed. */
    static final int ALL_FAILED = 3;

    private ExitCode() {
    }
}
