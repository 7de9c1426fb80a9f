package io.renshe.catalog.rest.internal;

import java.io.IOException;
import java.util.Locale;

/** Recognises the errors of writing to a client that has closed its connection. */
final class ClientGone {

    private ClientGone() {
    }

    /** Whether the exception, or one of its causes, says that the client closed the connection. */
    static boolean is(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getName();
            if (type.endsWith(".EofException") || type.equals("java.nio.channels.ClosedChannelException")) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null) {
                String message = t.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("broken pipe") || message.contains("connection reset")
                        || message.contains("connection abort")) {
                    return true;
                }
            }
        }
        return false;
    }
}
