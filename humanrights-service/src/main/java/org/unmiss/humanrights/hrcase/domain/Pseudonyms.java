package org.unmiss.humanrights.hrcase.domain;

import java.util.Random;
import java.util.Set;

/**
 * Pseudonymous codes for victims ({@code V-7K3Q9X}) and sources ({@code S-...}): random, so a code
 * says nothing about the person or the order they were recorded in, and unique within their case.
 * The alphabet leaves out 0/O and 1/I, which are misread when codes are read out over a radio.
 */
public final class Pseudonyms {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int LENGTH = 6;

    private Pseudonyms() {
    }

    public static String next(String prefix, Random random, Set<String> taken) {
        while (true) {
            StringBuilder code = new StringBuilder(prefix).append('-');
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (taken.add(code.toString())) {
                return code.toString();
            }
        }
    }
}
