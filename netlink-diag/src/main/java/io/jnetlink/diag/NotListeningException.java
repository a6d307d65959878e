package io.jnetlink.diag;

import java.time.Duration;

/**
 * {@link Sockets#awaitListening(int)} gave up: no TCP socket listened on the port within the time given.
 */
public class NotListeningException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The port waited for (serialized). */
    private final int port;
    /** How long it was waited for (serialized). */
    private final Duration waited;

    /**
     * Creates the exception.
     *
     * @param port   the port waited for
     * @param waited how long it was waited for
     * @param where  the namespace, for the message
     */
    public NotListeningException(int port, Duration waited, String where) {
        super("no TCP socket listened on port " + port + " in " + where + " within " + waited.toMillis() + " ms");
        this.port = port;
        this.waited = waited;
    }

    /** {@return the port waited for} */
    public int port() {
        return port;
    }

    /** {@return how long it was waited for} */
    public Duration waited() {
        return waited;
    }
}
