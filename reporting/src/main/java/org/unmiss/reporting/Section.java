package org.unmiss.reporting;

import java.util.List;

/**
 * One call of one service's report operation and the pack files made from its answer. When the call fails
 * every one of {@link #files} is reported missing, with the reason.
 *
 * @param service   the service that owns the report, e.g. {@code personnel-service}
 * @param operation the operationId in the service's OpenAPI document, e.g. {@code unpolStrength}
 * @param files     the files this section writes, in order
 * @param fetch     calls the generated client and turns the answer into the tables
 */
public record Section(String service, String operation, List<String> files, Fetch fetch) {

    @FunctionalInterface
    public interface Fetch {
        List<Table> tables() throws Exception;
    }

    public Section {
        files = List.copyOf(files);
    }
}
