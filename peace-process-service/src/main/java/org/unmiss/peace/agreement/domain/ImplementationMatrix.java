package org.unmiss.peace.agreement.domain;

import java.time.LocalDate;
import java.util.List;

/** The agreement's implementation as it stood on {@code asOf}; provisions not yet tracked then are left out. */
public record ImplementationMatrix(LocalDate asOf, List<ChapterImplementation> chapters) {
}
