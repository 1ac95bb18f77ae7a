package org.unmiss.peace.agreement.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A chapter of the Revitalized Agreement on the Resolution of the Conflict in South Sudan (R-ARCSS),
 * against which engagements and implementation progress are tracked.
 *
 * @param number the chapter's number, 1 to 8 (shown in Roman numerals in the agreement)
 */
@Document("agreement_chapters")
public record AgreementChapter(@Id String code, int number, String title, @Version Long version) {
}
