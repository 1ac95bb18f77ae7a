package org.unmiss.gender.pillar.api;

import org.unmiss.gender.pillar.domain.WpsPillar;

public record WpsPillarResponse(String code, String name, String summary) {

    static WpsPillarResponse from(WpsPillar pillar) {
        return new WpsPillarResponse(pillar.code(), pillar.name(), pillar.summary());
    }
}
