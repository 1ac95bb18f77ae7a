package org.unmiss.peace.ceasefire.domain;

public enum AllegationSource {
    PARTIES, PUBLIC, THIRD_PARTY
}
