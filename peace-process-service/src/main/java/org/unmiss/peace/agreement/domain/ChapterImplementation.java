package org.unmiss.peace.agreement.domain;

import java.util.List;
import java.util.Map;

/** One chapter's row of the implementation matrix: provisions per status (all statuses present) and the provisions. */
public record ChapterImplementation(String chapter, int number, String title, Map<ImplementationStatus, Long> byStatus,
                                    long total, List<ProvisionAsOf> provisions) {
}
