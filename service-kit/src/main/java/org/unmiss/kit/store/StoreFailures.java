package org.unmiss.kit.store;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoSocketWriteException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells the store failures a client can wait out (503) from everything else, and what the client
 * may conclude from one. A request that never reached the store (no store could be selected, no
 * connection opened) changed nothing; one that was sent and then lost its answer (connection
 * dropped, socket timeout) may or may not have been applied, and the client is told how to find out.
 */
public final class StoreFailures {

    /** What a 503 tells clients to wait: about the time the store takes to be restarted by ./platform. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private StoreFailures() {
    }

    /** Is this (or its cause) the store being unreachable or not answering? */
    public static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof MongoTimeoutException
                    || t instanceof com.mongodb.MongoSocketException) {
                return true;
            }
        }
        return false;
    }

    /** The problem's detail for a store failure on a request with this HTTP method. */
    public static String detail(Throwable error, String method) {
        boolean changes = !"GET".equals(method) && !"HEAD".equals(method);
        if (!changes) {
            return "The data store cannot be reached; try again shortly";
        }
        if (lostAnswer(error)) {
            return "The data store stopped answering after this change was sent to it: it may have been applied. "
                    + "Retry a create with the same Idempotency-Key, or read the record again before repeating a change";
        }
        return "The data store cannot be reached; nothing was changed";
    }

    private static boolean lostAnswer(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof com.mongodb.MongoOperationTimeoutException) {
                return true; // the operation's time ran out, possibly after it was sent
            }
            if (t instanceof MongoSocketOpenException || t instanceof MongoTimeoutException) {
                return false; // never got as far as sending the request
            }
            if (t instanceof MongoSocketReadException || t instanceof MongoSocketReadTimeoutException
                    || t instanceof MongoSocketWriteException) {
                return true;
            }
        }
        // Unknown shape: do not promise that nothing happened.
        return true;
    }
}
