package org.opensar.server.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.opensar.engine.detect.RedactionStatus;
import org.opensar.engine.policy.Disposition;
import org.opensar.server.casework.CaseReference;
import org.opensar.server.staff.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case file and its review over JSON: attach a zipped case file, follow its processing, read and decide. */
@RestController
@Tag(name = "Case files and review")
class ReviewApi {

    private final CaseFiles caseFiles;
    private final Workbench workbench;

    ReviewApi(CaseFiles caseFiles, Workbench workbench) {
        this.caseFiles = caseFiles;
        this.workbench = workbench;
    }

    @Operation(summary = "Attach a case file: the request body is the .zip (application/zip)")
    @PostMapping(path = "/api/requests/{reference}/case-file", consumes = "application/zip")
    ResponseEntity<CaseFileSummary> attach(
            @PathVariable CaseReference reference,
            InputStream zip,
            jakarta.servlet.http.HttpServletRequest request,
            Authentication authentication)
            throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(caseFiles.attachUpload(reference, zip, request.getContentLengthLong(), Actor.of(authentication)));
    }

    @Operation(summary = "The case file and how far its processing has gone")
    @GetMapping("/api/requests/{reference}/case-file")
    ResponseEntity<CaseFileSummary> caseFile(@PathVariable CaseReference reference) {
        return ResponseEntity.of(caseFiles.forRequest(reference));
    }

    @Operation(summary = "The review as a whole: documents settled of all, decisions left")
    @GetMapping("/api/requests/{reference}/review")
    ReviewProgress progress(@PathVariable CaseReference reference) {
        return workbench.progress(reference);
    }

    @Operation(summary = "Documents of the case file with their decisions, 100 at a time")
    @GetMapping("/api/requests/{reference}/review/documents")
    List<ReviewDocument> documents(
            @PathVariable CaseReference reference,
            @RequestParam(required = false) Disposition disposition,
            @RequestParam(defaultValue = "false") boolean needsReview,
            @RequestParam(defaultValue = "0") int offset) {
        return workbench.documents(
                reference,
                ReviewFilter.ALL.withDisposition(disposition).withNeedsReview(needsReview),
                Math.max(offset, 0),
                100);
    }

    @Operation(summary = "One document: its text, the engine's evidence and its redactions")
    @GetMapping("/api/requests/{reference}/review/documents/{id}")
    Workbench.DocumentPage document(@PathVariable CaseReference reference, @PathVariable long id) {
        return workbench.document(reference, id);
    }

    /** A decision on one redaction, or on every open mention of its text in the case file. */
    record RedactionDecisionInput(RedactionStatus decision, boolean everyMention) {}

    @Operation(summary = "Accept or reject a redaction (or every mention of the same text)")
    @PostMapping("/api/requests/{reference}/review/redactions/{id}")
    int decide(
            @PathVariable CaseReference reference,
            @PathVariable long id,
            @RequestBody RedactionDecisionInput input,
            Authentication authentication) {
        if (input.everyMention()) {
            return workbench.decideEveryMention(reference, id, input.decision(), Actor.of(authentication));
        }
        workbench.decide(reference, id, input.decision(), Actor.of(authentication));
        return 1;
    }

    @ExceptionHandler(CaseFileRefusedException.class)
    ProblemDetail refused(CaseFileRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not possible now");
        return problem;
    }
}
