package io.academichub.error;

import java.net.URI;

/** The service could not be reached or failed on its side: a 5xx, an I/O error, a timeout. Worth trying later. */
public class SourceUnavailableException extends SourceException {

    /** The HTTP status, or {@code 0}. */
    private final int status;

    /**
     * @param status the HTTP status, or {@code 0} when no response came (I/O error, timeout)
     * @param sourceId the source that failed
     * @param uri the URL involved, or {@code null}; kept with its credentials masked
     * @param detail what happened, in words a user reads
     * @param cause the underlying exception, or {@code null}
     */
    public SourceUnavailableException(String sourceId, URI uri, int status, String detail, Throwable cause) {
        super(sourceId, uri, detail, cause);
        this.status = status;
    }

    /** {@return the HTTP status, or {@code 0} when no response came} */
    public int status() {
        return status;
    }
}
