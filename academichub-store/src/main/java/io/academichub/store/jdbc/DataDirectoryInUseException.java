package io.academichub.store.jdbc;

import io.academichub.store.StoreException;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Another process (or another store in this one) has the data directory open, and did not let go within the wait
 * the store was opened with. The H2 store is one process at a time; for several, use PostgreSQL.
 *
 * <p>{@code data directory /home/me/.academichub: in use by another process (pid 4242), waited 10 s; …}
 */
public final class DataDirectoryInUseException extends StoreException {

    private final transient Path dataDirectory;
    /** The pid of the process holding the directory, or 0 when unknown. */
    private final long ownerPid;

    DataDirectoryInUseException(Path dataDirectory, long ownerPid, String detail) {
        super("data directory " + dataDirectory, detail, null);
        this.dataDirectory = dataDirectory;
        this.ownerPid = ownerPid;
    }

    /**
     * The directory that is in use.
     *
     * @return the data directory
     */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * The process id of the process that has it open, when it could be read.
     *
     * @return the owner's pid, or empty
     */
    public OptionalLong ownerPid() {
        return ownerPid > 0 ? OptionalLong.of(ownerPid) : OptionalLong.empty();
    }
}
