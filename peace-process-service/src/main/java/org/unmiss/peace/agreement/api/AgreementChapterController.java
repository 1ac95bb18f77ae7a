package org.unmiss.peace.agreement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.web.ETags;
import org.unmiss.peace.agreement.persistence.AgreementChapterRepository;

import java.util.List;

/** The agreement's structure is public; reporting tools and partners break progress down by chapter. */
@RestController
@RequestMapping("/api/v1/agreement-chapters")
@Tag(name = "Agreement chapters", description = "The chapters of the Revitalized Agreement (R-ARCSS)")
@PreAuthorize("hasAnyRole('PEACE_READ', 'REPORTING', 'PARTNER', 'MISSION_ADMIN')")
@RequiredArgsConstructor
public class AgreementChapterController {

    private final AgreementChapterRepository chapters;

    @GetMapping
    @Operation(summary = "The agreement's chapters, in order")
    public List<AgreementChapterResponse> list() {
        return chapters.findAll(Sort.by("number")).stream().map(AgreementChapterResponse::from).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One chapter, with its version as ETag")
    public ResponseEntity<AgreementChapterResponse> get(@PathVariable String code) {
        return chapters.findById(code)
                .map(chapter -> ResponseEntity.ok().eTag(ETags.of(chapter.version())).body(AgreementChapterResponse.from(chapter)))
                .orElseThrow(() -> new NotFoundException("Agreement chapter", code));
    }
}
