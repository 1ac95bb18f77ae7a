package org.unmiss.humanrights.hatespeech.domain;

/** Where a hate-speech act was published or spoken. */
public enum Medium {
    SOCIAL_MEDIA,
    MESSAGING_APP,
    RADIO,
    TELEVISION,
    PRINT,
    PUBLIC_SPEECH,
    MUSIC_OR_VIDEO,
    OTHER
}
