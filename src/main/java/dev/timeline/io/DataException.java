package dev.timeline.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.stream.Collectors;

/** A data file could not be read or is not valid. Carries every problem found, each with its place. */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public DataException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public DataException(String file, String message) {
        this(List.of(new Problem(file, 0, 0, message)));
    }

    /** Why {@code file} could not be read, as people say it: no such file, permission denied, or the reason. */
    public static DataException reading(String file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataException(file, "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new DataException(file, "permission denied");
        }
        return new DataException(file, "cannot read: " + e.getMessage());
    }

    /**
     * Why an I/O operation failed, as people say it and without the path (the caller names the file; a temporary
     * file's name means nothing to the user): "permission denied", "no such file or folder", "no space left on
     * device".
     */
    public static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason();
            return reason == null || reason.isBlank() ? fs.getClass().getSimpleName()
                    : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        return message.isEmpty() ? e.getClass().getSimpleName()
                : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    public List<Problem> problems() {
        return problems;
    }
}
