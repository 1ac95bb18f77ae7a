package org.unmiss.kit.testing;

import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds a service to the export convention of {@code org.unmiss.kit.web.Exports} (ADR 0045): where a path
 * has a CSV representation, every other handler of that path and method names its media type, so a
 * caller that accepts JSON first (or states no preference) is answered JSON and not CSV.
 */
public final class ExportNegotiation {

    private ExportNegotiation() {
    }

    public static void verify(RequestMappingHandlerMapping mapping) {
        Map<String, List<Map.Entry<RequestMappingInfo, HandlerMethod>>> byPathAndMethod = new LinkedHashMap<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            String key = info.getPatternValues() + " " + info.getMethodsCondition().getMethods();
            byPathAndMethod.computeIfAbsent(key, k -> new ArrayList<>()).add(Map.entry(info, handler));
        });
        List<String> unnamed = new ArrayList<>();
        byPathAndMethod.forEach((key, handlers) -> {
            boolean servesCsv = handlers.stream().anyMatch(h -> h.getKey().getProducesCondition().getProducibleMediaTypes()
                    .stream().anyMatch(MediaType.parseMediaType("text/csv")::isCompatibleWith));
            if (servesCsv) {
                handlers.stream().filter(h -> h.getKey().getProducesCondition().isEmpty())
                        .forEach(h -> unnamed.add(key + " " + h.getValue().getShortLogMessage()));
            }
        });
        if (!unnamed.isEmpty()) {
            throw new AssertionError("Handlers beside a text/csv one that declare no produces (they lose to CSV whenever a caller"
                    + " accepts it; declare produces = Exports.JSON): " + unnamed);
        }
    }
}
