package org.unmiss.peace.agreement.api;

import org.unmiss.peace.agreement.domain.AgreementChapter;

public record AgreementChapterResponse(String code, int number, String title) {

    static AgreementChapterResponse from(AgreementChapter chapter) {
        return new AgreementChapterResponse(chapter.code(), chapter.number(), chapter.title());
    }
}
