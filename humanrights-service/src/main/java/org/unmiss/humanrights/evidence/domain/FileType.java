package org.unmiss.humanrights.evidence.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types evidence may have, each recognised by its first bytes (magic numbers), never by the
 * {@code Content-Type} a client sends: a file is what its bytes say. Office documents and archives are not among
 * them (they carry macros and nested files; a document is filed as PDF or text).
 */
public enum FileType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf"),
    MP3("audio/mpeg", "mp3"),
    WAV("audio/wav", "wav"),
    OGG("audio/ogg", "ogg"),
    M4A("audio/mp4", "m4a"),
    MP4("video/mp4", "mp4"),
    /** UTF-8 text without control characters other than tab and line breaks, e.g. typed interview notes */
    TEXT("text/plain;charset=UTF-8", "txt");

    /** How many leading bytes {@link #sniff} looks at (a text file is judged on as many). */
    public static final int SNIFF_BYTES = 4096;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type the first {@code length} bytes of a file show, if it is one of these. */
    public static Optional<FileType> sniff(byte[] head, int length) {
        byte[] b = Arrays.copyOf(head, Math.max(0, length));
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(b, 'I', 'D', '3') || (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE6) == 0xE2)) {
            // an ID3 tag, or an MPEG-1/2 layer III frame sync (11 set bits, layer bits 01)
            return Optional.of(MP3);
        }
        if (starts(b, 'R', 'I', 'F', 'F') && at(b, 8, 'W', 'A', 'V', 'E')) {
            return Optional.of(WAV);
        }
        if (starts(b, 'O', 'g', 'g', 'S')) {
            return Optional.of(OGG);
        }
        if (at(b, 4, 'f', 't', 'y', 'p') && b.length >= 12) {
            // ISO base media: the major brand says audio-only (M4A) or a video container
            return Optional.of(at(b, 8, 'M', '4', 'A', ' ') ? M4A : MP4);
        }
        return isText(b) ? Optional.of(TEXT) : Optional.empty();
    }

    private static boolean starts(byte[] b, int... magic) {
        return at(b, 0, magic);
    }

    private static boolean at(byte[] b, int offset, int... magic) {
        if (b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text if no control character but tab and line breaks shows and the bytes are UTF-8; when the window is full
     * ({@link #SNIFF_BYTES}) a character cut at its end is not held against it.
     */
    private static boolean isText(byte[] b) {
        if (b.length == 0) {
            return false;
        }
        for (byte c : b) {
            int u = c & 0xFF;
            if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' || u == 0x7F) {
                return false;
            }
        }
        boolean whole = b.length < SNIFF_BYTES;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(ByteBuffer.wrap(b), CharBuffer.allocate(b.length), whole);
        return !result.isError();
    }
}
