package io.academichub.source;

/** How a source's fetch ended. */
public enum Status {
    /** Everything the source announced was received. */
    OK,
    /** The source announces nothing today (arXiv on weekends and holidays); not an error. */
    NO_ANNOUNCEMENT,
    /** Some papers were received, then the fetch failed or came up short; see the report's error and counts. */
    PARTIAL,
    /** The service kept refusing with 429; try later. */
    RATE_LIMITED,
    /** Nothing was received. */
    FAILED;

    /** {@return whether this status counts as success for a caller (OK or NO_ANNOUNCEMENT)} */
    public boolean isSuccess() {
        return this == OK || this == NO_ANNOUNCEMENT;
    }
}
