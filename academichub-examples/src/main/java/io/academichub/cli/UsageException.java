package io.academichub.cli;

/**
 * The command line or the configuration cannot be used: an input that does not exist or does not parse, an output
 * location that cannot be written. The message is one line that names the option or file and what is wrong;
 * {@link Main} prints it after {@code academichub: } and exits with {@link ExitCode#USAGE}.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
