package io.academichub.cli;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The files and folders a command reads and writes: checked before any fetching or briefing, so that a wrong
 * {@code --out} costs no work, and every {@link IOException} put in words in one place ({@code no such directory},
 * {@code is a directory}, {@code permission denied}), never as a Java class name.
 */
final class Locations {

    private Locations() {
    }

    /** Whether a failure happened reading or writing: a missing file is "no such file", a missing folder to write in is "no such directory". */
    enum Access { READ, WRITE }

    /**
     * Why an input file cannot be read, before opening it, or {@code null} when it looks readable. The words follow
     * the path: {@code today.jsonl: no such file}.
     */
    static String unreadable(Path file) {
        if (Files.isDirectory(file)) {
            return "is a directory, not a file";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (!Files.isReadable(file)) {
            return "cannot be read (permission denied)";
        }
        return null;
    }

    /**
     * Checks that {@code file} can be read.
     *
     * @param option the option that named it, e.g. {@code --in}
     * @throws UsageException {@code --in adir: is a directory, not a file}
     */
    static void requireReadableFile(String option, Path file) {
        String why = unreadable(file);
        if (why != null) {
            throw new UsageException(option + " " + file + ": " + why);
        }
    }

    /**
     * Checks, without creating anything, that {@code file} can be written: it is no directory, its folder exists and
     * may be written in.
     *
     * @param option the option that named it, e.g. {@code --out}
     * @throws UsageException {@code --out adir: is a directory}, {@code cannot write x/y.md: no such directory x}
     */
    static void requireWritableFile(String option, Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageException(option + " " + file + ": is a directory");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UsageException("cannot write " + file + ": "
                    + (Files.exists(folder) ? folder + " is a file, not a directory" : "no such directory " + folder));
        }
        if ((Files.exists(file) && !Files.isWritable(file)) || (folder != null && !Files.isWritable(folder))) {
            throw new UsageException("cannot write " + file + ": permission denied");
        }
    }

    /**
     * Makes sure {@code directory} exists (creating it and its parents) and is a directory one may write in.
     *
     * @param what what the directory is for, as the user named it: {@code --out}, {@code --data}, {@code --dir}
     * @return the directory, absolute and normalised
     * @throws UsageException {@code --data afile: is a file, not a directory}, {@code cannot write /proc/nope: no
     *                        such directory}
     */
    static Path requireDirectory(String what, Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UsageException(what + " " + directory + ": is a file, not a directory");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UsageException("cannot write " + directory + ": " + reason(e, Access.WRITE), e);
        }
        if (!Files.isWritable(directory)) {
            throw new UsageException("cannot write " + directory + ": permission denied");
        }
        return directory.toAbsolutePath().normalize();
    }

    /**
     * One line for an input or output failure no check foresaw (a full disk, a file removed meanwhile): the file,
     * when the exception names one, and the reason in words.
     */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": "
                    + reason(e, null);
        }
        return reason(e, null);
    }

    /**
     * What went wrong, in words, without the file: {@code no such directory}, {@code permission denied}, {@code is
     * a directory}, {@code no space left on the device}.
     *
     * @param access whether the file was being read or written, or {@code null} when that is not known
     */
    static String reason(IOException e, Access access) {
        if (e instanceof NoSuchFileException) {
            return access == Access.WRITE ? "no such directory" : access == Access.READ ? "no such file"
                    : "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "is a file, not a directory"; // creating a folder where a file is
        }
        if (e instanceof NotDirectoryException) {
            return "is not a directory";
        }
        if (e instanceof EOFException) {
            return "the file ends too early (cut off?)";
        }
        String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return "input/output error";
        }
        return switch (text) {
            case "Is a directory" -> "is a directory";
            case "Not a directory" -> "part of the path is a file, not a directory";
            case "Read-only file system" -> "the file system is read-only";
            case "No space left on device" -> "no space left on the device";
            default -> text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                    ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
        };
    }
}
