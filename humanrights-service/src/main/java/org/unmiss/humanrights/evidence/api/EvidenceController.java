package org.unmiss.humanrights.evidence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.humanrights.evidence.domain.Evidence;
import org.unmiss.humanrights.evidence.domain.EvidenceKind;
import org.unmiss.humanrights.evidence.domain.EvidenceService;
import org.unmiss.kit.problem.InvalidRequestException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Attachments of a case (photos, audio, documents, interview notes, captured copies). The file is the request body
 * itself, streamed (no multipart); its type is recognised from its first bytes, whatever Content-Type says.
 */
@RestController
@RequestMapping("/api/v1/hr-cases/{reference}/evidence")
@Tag(name = "Human rights evidence", description = "Attachments of a case, encrypted at rest, with their SHA-256; every download audited")
@RequiredArgsConstructor
public class EvidenceController {

    /** A file name as people give it: no path, no control characters. */
    private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,200}");
    private static final int PIECE = 64 * 1024;

    private final EvidenceService service;

    @PostMapping
    @PreAuthorize("hasRole('HR_WRITE')")
    @Operation(summary = "File an attachment on a case that is not CLOSED: the body is the file (any Content-Type; the "
            + "type is recognised from the content: JPEG, PNG, PDF, MP3, WAV, OGG, M4A, MP4 or UTF-8 text), at most "
            + "humanrights.evidence.max-size (50 MB); 413 larger, 415 another type, nothing kept of a refused file. "
            + "The same content again answers 200 with the attachment filed first (uploads take no Idempotency-Key)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "201", description = "Filed")
    @ApiResponse(responseCode = "200", description = "The case already had this content: the attachment filed first")
    public ResponseEntity<EvidenceView> upload(@PathVariable String reference,
                                               @RequestParam EvidenceKind kind,
                                               @Parameter(description = "the file's name as the uploader knows it (sealed; "
                                                       + "shown to HR_SENSITIVE only), at most 200 characters, no path")
                                               @RequestParam(required = false) String fileName,
                                               HttpServletRequest request) throws IOException {
        if (fileName != null && !FILE_NAME.matcher(fileName).matches()) {
            throw new InvalidRequestException("fileName", "must be 1 to 200 characters without a path or control characters");
        }
        EvidenceService.Upload upload;
        try (InputStream body = request.getInputStream()) {
            upload = service.upload(reference, kind, fileName, request.getContentLengthLong(), body);
        }
        EvidenceView view = EvidenceView.of(upload.evidence(), service.fileName(upload.evidence()));
        if (!upload.created()) {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
        }
        return ResponseEntity.created(URI.create("/api/v1/hr-cases/" + reference + "/evidence/" + view.code()))
                .cacheControl(CacheControl.noStore()).body(view);
    }

    @GetMapping
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "The case's attachments, oldest first, with size and SHA-256; file names for HR_SENSITIVE only")
    public ResponseEntity<List<EvidenceView>> list(@PathVariable String reference) {
        List<EvidenceView> views = service.list(reference).stream().map(e -> EvidenceView.of(e, service.fileName(e))).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(views);
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "One attachment's record (not its content)")
    public ResponseEntity<EvidenceView> get(@PathVariable String reference,
                                            @Parameter(description = "The attachment's code (EV-...)") @PathVariable String code) {
        Evidence attachment = service.describe(reference, code);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(EvidenceView.of(attachment, service.fileName(attachment)));
    }

    @GetMapping("/{code}/content")
    @PreAuthorize("hasRole('HR_READ')")
    @Operation(summary = "An attachment's content, streamed, as the type it was recognised as, with Repr-Digest (SHA-256); "
            + "for HR_SENSITIVE holders and the officers working the case (assignee, uploader); every download is audited "
            + "before a byte is sent")
    // one entry per FileType: the answer carries the type the file was recognised as, whatever Accept asked (not
    // enforced: a client asking */* or application/octet-stream gets the file as its own type, and nosniff)
    @ApiResponse(responseCode = "200", description = "The content, as the type it was recognised as (text/plain in UTF-8)",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "audio/mpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "audio/wav", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "audio/ogg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "audio/mp4", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary"))})
    public void content(@PathVariable String reference,
                        @Parameter(description = "The attachment's code (EV-...)") @PathVariable String code,
                        HttpServletResponse response) throws IOException {
        EvidenceService.Download download = service.open(reference, code);
        Evidence attachment = download.evidence();
        try (InputStream content = download.content()) {
            byte[] piece = new byte[PIECE];
            // the first piece before the headers: content that fails its check is an error answer, not a cut-off file
            int first = readChecked(content, piece, code);
            response.setStatus(200);
            response.setContentType(attachment.fileType().mediaType());
            response.setContentLengthLong(attachment.size());
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + attachment.code() + "."
                    + attachment.fileType().extension() + "\"");
            response.setHeader("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                    HexFormat.of().parseHex(attachment.sha256())) + ":");
            OutputStream out = response.getOutputStream();
            for (int n = first; n >= 0; n = content.read(piece)) {
                out.write(piece, 0, n);
            }
            out.flush();
        }
    }

    private static int readChecked(InputStream content, byte[] piece, String code) {
        try {
            return content.read(piece);
        } catch (IOException e) {
            throw new IllegalStateException("The stored content of " + code + " does not open: altered or under another key", e);
        }
    }
}
