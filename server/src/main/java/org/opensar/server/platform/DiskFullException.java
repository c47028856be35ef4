package org.opensar.server.platform;

import java.io.IOException;
import java.util.Locale;

/**
 * The server's disk (or the user's quota on it) is full, so something could not be stored. Nothing half-written is
 * kept; the person is told plainly, with 503, so they can try again once the council's IT team has made room.
 */
public final class DiskFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DiskFullException(String whatWasNotStored, Throwable cause) {
        super(
                whatWasNotStored + ": the server has no room left on its disk, so nothing was kept. Tell the"
                        + " council's IT team, and try again once they have made room.",
                cause);
    }

    /** Whether the failure, or any of its causes, is a disk with no space (ENOSPC) or a quota reached (EDQUOT). */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof IOException
                    && (message.contains("no space left on device") || message.contains("disk quota exceeded"))) {
                return true;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return false;
    }
}
