package io.academichub.store.jdbc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * An exclusive lock on a data directory, held for as long as a store has it open: the file {@value #FILE_NAME}
 * locked with the operating system's file lock, which the OS releases when the process ends however it ends (kill -9
 * included), so a crashed run never leaves a stale lock. The file holds the owner's pid, for the error message.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "academichub.lock";
    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, waiting up to {@code wait} for another holder to let go.
     *
     * @throws DataDirectoryInUseException when it is still held after the wait
     * @throws IOException                 when the lock file cannot be created or written
     */
    static DataDirectoryLock acquire(Path dataDirectory, Duration wait) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            boolean heldHere = false;
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // another store in this JVM has it
                    heldHere = true;
                }
                if (lock != null) {
                    writePid(channel);
                    return new DataDirectoryLock(channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    long pid = readPid(channel);
                    String who = heldHere ? "another store in this process" : "another process";
                    throw new DataDirectoryInUseException(dataDirectory, pid, "in use by " + who
                            + (pid > 0 ? " (pid " + pid + ")" : "") + ", waited " + describe(wait)
                            + "; the H2 store serves one process at a time: close the other, or use PostgreSQL");
                }
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new IOException("interrupted while waiting for the lock on " + file, e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void writePid(FileChannel channel) throws IOException {
        byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(pid), 0);
        channel.force(false);
    }

    /** The pid the holder wrote, or 0 when there is none (yet) or it cannot be read. */
    private static long readPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static String describe(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
    }

    /** Lets go of the lock; the pid stays in the file (harmless: only a held lock counts). */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
