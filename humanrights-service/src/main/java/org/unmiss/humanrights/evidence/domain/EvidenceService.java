package org.unmiss.humanrights.evidence.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.CaseStore;
import org.unmiss.humanrights.hrcase.domain.ForbiddenException;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.protection.domain.IdentityVault;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.security.CurrentUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * A case's attachments: filed by officers who may change the case, listed to those who may read it, and opened
 * only for those entitled to the content (ADR 0094). Content streams through in pieces of {@link #PIECE} bytes,
 * encrypted on its way in and decrypted on its way out, so a file is never held in memory whole; its SHA-256 and
 * size are computed on the way in. An upload refused part-way (too large, broken off, the store failing) leaves
 * nothing: its parts are removed before the answer, and an upload whose process died is removed by
 * {@link #removeAbandonedUploads()}.
 */
@Service
@RequiredArgsConstructor
public class EvidenceService {

    /** A case's attachments are bounded like its other parts (CaseLimits). */
    public static final int MAX_PER_CASE = 200;
    static final int PIECE = 64 * 1024;
    private static final Random CODES = new SecureRandom();
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int ABANDONED_BATCH = 100;

    private final CaseStore cases;
    private final EvidenceStore evidence;
    private final EvidenceBlobs blobs;
    private final EvidenceCipher cipher;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final EvidenceProperties properties;
    private final Clock clock;

    /** What an upload came to: a new attachment, or the attachment of the case that already has this content. */
    public record Upload(Evidence evidence, boolean created) {
    }

    /** An attachment opened for reading: its record and its plaintext, to be closed by the reader. */
    public record Download(Evidence evidence, InputStream content) {
    }

    /**
     * Files the body as an attachment of the case. {@code declaredLength} is the request's Content-Length (-1 when
     * chunked): over the cap it is refused before a byte is read; otherwise the cap is checked while streaming.
     */
    public Upload upload(String reference, EvidenceKind kind, String fileName, long declaredLength, InputStream body) {
        HrCase hrCase = visible(reference);
        if (hrCase.status() == CaseStatus.CLOSED) {
            throw new ConflictException("Case " + reference + " is CLOSED; reopen it to add evidence");
        }
        long limit = properties.maxSize().toBytes();
        if (declaredLength > limit) {
            throw EvidenceRefused.tooLarge(limit);
        }
        if (evidence.countOf(reference) >= MAX_PER_CASE) {
            throw new ConflictException("Case " + reference + " already has " + MAX_PER_CASE + " attachments");
        }
        byte[] head = readHead(body);
        FileType type = FileType.sniff(head, head.length)
                .orElseThrow(() -> EvidenceRefused.unsupportedType(head.length == 0 ? "the file is empty"
                        : "its first bytes are none of " + properties.allowedTypes()));
        if (!properties.allowedTypes().contains(type)) {
            throw EvidenceRefused.unsupportedType(type + " files are not accepted here");
        }
        String code = newCode();
        Instant now = now();
        Evidence uploading = evidence.insert(Evidence.uploading(code, reference, hrCase.fieldOffice(), kind, type,
                vault.seal(fileName, reference, Evidence.fileNameField(code)), username(), now));
        Evidence stored = streamIn(uploading, head, body, limit);
        var same = evidence.storedWithHash(reference, stored.sha256(), code);
        if (same.isPresent()) {
            // the same file again (a retry, or a second officer with the same copy): one attachment, the first
            discard(code);
            return new Upload(same.get(), false);
        }
        audit.record(AuditAction.EVIDENCE_ADDED, reference, code + " " + kind + " " + type + " " + stored.size()
                + " bytes sha256=" + stored.sha256());
        return new Upload(stored, true);
    }

    private Evidence streamIn(Evidence uploading, byte[] head, InputStream body, long limit) {
        BlobOutput blob = blobs.create(uploading.code());
        boolean closed = false;
        try {
            MessageDigest sha256 = sha256();
            OutputStream encrypted = cipher.encrypting(blob, uploading.associatedData());
            long size = head.length;
            sha256.update(head);
            encrypted.write(head);
            byte[] piece = new byte[PIECE];
            for (int n = read(body, piece, size); n >= 0; n = read(body, piece, size)) {
                size += n;
                if (size > limit) {
                    throw EvidenceRefused.tooLarge(limit);
                }
                sha256.update(piece, 0, n);
                encrypted.write(piece, 0, n);
            }
            closed = true; // closing writes the last segment and the content's record, or fails: either way it is done
            encrypted.close();
            return evidence.save(uploading.stored(size, HexFormat.of().formatHex(sha256.digest()), now()));
        } catch (IOException e) {
            undo(uploading.code(), blob, closed);
            throw new IllegalStateException("Storing the content of " + uploading.code() + " failed", e);
        } catch (RuntimeException e) {
            undo(uploading.code(), blob, closed);
            throw e;
        }
    }

    private void undo(String code, BlobOutput blob, boolean closed) {
        if (closed) {
            blobs.delete(code);
        } else {
            blob.abort();
        }
        evidence.delete(code);
    }

    private void discard(String code) {
        blobs.delete(code);
        evidence.delete(code);
    }

    /** Reads a piece of the request body; a body that breaks off is the client's failure (400), not the store's. */
    private static int read(InputStream body, byte[] piece, long sofar) {
        try {
            return body.read(piece);
        } catch (IOException e) {
            throw new InvalidRequestException("file", "the upload broke off after " + sofar + " bytes; nothing was stored");
        }
    }

    private static byte[] readHead(InputStream body) {
        try {
            return body.readNBytes(FileType.SNIFF_BYTES);
        } catch (IOException e) {
            throw new InvalidRequestException("file", "the upload broke off before its first "
                    + FileType.SNIFF_BYTES + " bytes; nothing was stored");
        }
    }

    /** The stored attachments of a case the caller may read (its office covers the case). */
    public List<Evidence> list(String reference) {
        visible(reference);
        return evidence.storedOf(reference, MAX_PER_CASE);
    }

    /** One stored attachment's record. */
    public Evidence describe(String reference, String code) {
        visible(reference);
        return stored(reference, code);
    }

    /**
     * Opens an attachment's content for the caller, after recording the download in the audit log: nothing of the
     * content is read before the entry is stored. Content may show a victim's face or voice, so it is opened for
     * HR_SENSITIVE holders, and for the officers working the case: its assignee and the attachment's uploader.
     */
    public Download open(String reference, String code) {
        HrCase hrCase = visible(reference);
        Evidence attachment = stored(reference, code);
        String me = currentUser.username().orElse(null);
        boolean workingTheCase = currentUser.hasRole("HR_WRITE") && me != null
                && (me.equals(hrCase.assignedTo()) || me.equals(attachment.uploadedBy()));
        if (!currentUser.hasRole("HR_SENSITIVE") && !workingTheCase) {
            throw new ForbiddenException("Evidence is opened for holders of HR_SENSITIVE and for the case's assigned"
                    + " officer or the attachment's uploader");
        }
        audit.record(AuditAction.EVIDENCE_DOWNLOADED, reference, code + " " + attachment.fileType() + " "
                + attachment.size() + " bytes sha256=" + attachment.sha256());
        return new Download(attachment, cipher.decrypting(blobs.open(code), attachment.associatedData()));
    }

    /** The uploader's file name, for HR_SENSITIVE holders (it may name a person); null for everyone else. */
    public String fileName(Evidence attachment) {
        return currentUser.hasRole("HR_SENSITIVE")
                ? vault.open(attachment.sealedFileName(), attachment.caseReference(), Evidence.fileNameField(attachment.code()))
                : null;
    }

    /** A stored attachment of the case, for checks by other features (a captured copy must be one). */
    public Evidence stored(String reference, String code) {
        return evidence.byId(code).filter(Evidence::isStored).filter(e -> e.caseReference().equals(reference))
                .orElseThrow(() -> new NotFoundException("Evidence", code));
    }

    /** Removes uploads that never completed and are older than {@code abandonAfter}: their parts and their record. */
    @Scheduled(fixedDelayString = "${humanrights.evidence.sweep-interval:10m}", initialDelayString = "${humanrights.evidence.sweep-interval:10m}")
    public int removeAbandonedUploads() {
        Instant before = now().minus(properties.abandonAfter());
        int removed = 0;
        for (List<Evidence> batch = evidence.uploadsBegunBefore(before, ABANDONED_BATCH); !batch.isEmpty();
             batch = evidence.uploadsBegunBefore(before, ABANDONED_BATCH)) {
            for (Evidence abandoned : batch) {
                discard(abandoned.code());
                removed++;
            }
        }
        return removed;
    }

    private HrCase visible(String reference) {
        return cases.findVisible(currentUser.fieldOffice(), reference)
                .orElseThrow(() -> new NotFoundException("Case", reference));
    }

    private static String newCode() {
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[CODES.nextInt(ALPHABET.length)];
        }
        return "EV-" + new String(code);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private String username() {
        return currentUser.username().orElse("system");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
