package org.unmiss.humanrights.hatespeech.domain;

/** Hate-speech acts published in one month on one medium in one language, and their summed reach. */
public record HateSpeechCount(String month, Medium medium, String language, long acts, long reach) {
}
